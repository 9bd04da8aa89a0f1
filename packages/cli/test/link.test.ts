import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { parseDesign } from '@stackcanvas/core';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers';

const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.stackcanvas.json'));

function expectUnusable(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
}

function parsed(text: string) {
  const r = parseDesign(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

describe('stackcanvas link / unlink', () => {
  it.each(examples)('examples/%s: link prints one URL, unlink gives the same design back', (file) => {
    const link = runCli(['link', `examples/${file}`]);
    expect(link.stderr).toBe('');
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/^http:\/\/localhost:5173\/#d=1\.[A-Za-z0-9_-]+\n$/);
    const url = link.stdout.trim();
    // The payload is raw DEFLATE of the design JSON, per the contract (checked with Node's zlib).
    const json = inflateRawSync(Buffer.from(url.split('#d=1.')[1]!, 'base64url')).toString('utf8');
    expect(parsed(json)).toEqual(parsed(readFileSync(join(repoRoot, 'examples', file), 'utf8')));

    const unlink = runCli(['unlink', url]);
    expect(unlink.stderr).toBe('');
    expect(unlink.code).toBe(0);
    expect(parsed(unlink.stdout)).toEqual(parsed(readFileSync(join(repoRoot, 'examples', file), 'utf8')));
  });

  it('the unlinked design is a valid design file that links to the same URL again', () => {
    const dir = tempDir();
    const url = runCli(['link', 'examples/web-caching.stackcanvas.json', '--base', 'https://stackcanvas.example/app/']).stdout.trim();
    expect(url.startsWith('https://stackcanvas.example/app/#d=1.')).toBe(true);
    expect(url.length).toBeLessThanOrEqual(1500);
    const file = join(dir, 'back.stackcanvas.json');
    writeFileSync(file, runCli(['unlink', url]).stdout);
    expect(runCli(['validate', file]).code).toBe(0);
    expect(runCli(['link', file, '--base=https://stackcanvas.example/app/']).stdout.trim()).toBe(url);
  });

  it('link refuses a base that is not an http(s) URL', () => {
    expectUnusable(runCli(['link', 'examples/static-site.stackcanvas.json', '--base', 'not a url']), /--base "not a url" is not an absolute URL/);
    expectUnusable(runCli(['link', 'examples/static-site.stackcanvas.json', '--base', 'javascript:alert(1)']), /--base must be an http or https URL/);
  });

  it('link refuses an invalid design file with the parse error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'k.json'), JSON.stringify({ format: 'stackcanvas.design', version: 1, nodes: [{ id: 'q', kind: 'sqs' }] }));
    expectUnusable(runCli(['link', join(dir, 'k.json')]), /k\.json: \$\.nodes\[0\]\.kind: unknown kind "sqs"/);
  });

  it('link refuses a design too large for a link, naming the limit', () => {
    const dir = tempDir();
    const noise = randomBytes(60_000).toString('hex');
    const doc = {
      format: 'stackcanvas.design',
      version: 1,
      nodes: [{ id: 'r', kind: 'cfn-resource', props: { type: 'AWS::SNS::Topic', properties: { Noise: noise } } }],
    };
    writeFileSync(join(dir, 'big.json'), JSON.stringify(doc));
    expectUnusable(runCli(['link', join(dir, 'big.json')]), /big\.json: this design makes a link of \d+ KB of data; links are limited to 64 KB/);
  });

  it.each([
    ['a newer link format', 'http://localhost:5173/#d=2.AAAA', /unlink: the share link is format 2, made by a newer Stackcanvas/],
    ['no link', 'http://localhost:5173/', /unlink: this URL holds no Stackcanvas design/],
    ['bad base64', 'http://localhost:5173/#d=1.ab$cde12', /unlink: the share link is damaged: character "\$" at position 3/],
    ['a payload over 64 KB', `#d=1.${'A'.repeat(70_000)}`, /unlink: the share link's data is 69 KB; the limit is 64 KB/],
    ['a zip bomb', `#d=1.${deflateRawSync(Buffer.alloc(40 * 1024 * 1024, 0x20)).toString('base64url')}`, /unlink: the share link unpacks to more than 2 MB/],
    [
      'a schema failure',
      `#d=1.${deflateRawSync(Buffer.from('{"format":"stackcanvas.design","version":1,"nodes":[{"id":"a","kind":"s3","props":{"colour":"red"}}]}')).toString('base64url')}`,
      /unlink: the shared design is not valid: \$\.nodes\[0\]\.props: unknown field "colour"/,
    ],
  ])('unlink refuses %s with one line and exit 2', (_what, url, pattern) => {
    expectUnusable(runCli(['unlink', url]), pattern);
  });

  it('--help lists link and unlink', () => {
    const r = runCli(['--help']);
    expect(r.stdout).toMatch(/link FILE \[--base URL\]/);
    expect(r.stdout).toMatch(/unlink URL/);
  });
});
