/** Issue 17 through the CLI: text hygiene, bounded output, `link`/`unlink` agreement, the empty design. */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers';

function expectUnusable(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  expect(r.code).toBe(2);
}

const design = (nodes: unknown[]) => ({ format: 'stackcanvas.design', version: 2, name: 'h', nodes });
const linkOf = (text: string, extra = Buffer.alloc(0)) =>
  `http://localhost:5173/#d=1.${Buffer.concat([deflateRawSync(Buffer.from(text, 'utf8'), { level: 9 }), extra]).toString('base64url')}`;

describe('text hygiene', () => {
  it('a file that is not UTF-8 exits 2 naming the byte and its offset (it was replaced silently)', () => {
    const dir = tempDir();
    const text = Buffer.from(JSON.stringify(design([{ id: 'a', kind: 's3', label: 'xx' }])), 'utf8');
    const bad = Buffer.from(text);
    const at = text.indexOf('xx');
    bad[at] = 0xff;
    writeFileSync(join(dir, 'bad.json'), bad);
    expectUnusable(runCli(['validate', join(dir, 'bad.json')]), new RegExp(`bad\\.json: not UTF-8 text: invalid byte 0xFF at byte offset ${at}$`));
    const prefix = Buffer.from('Resources:\n  A:\n    Type: AWS::S3::Bucket # é ');
    writeFileSync(join(dir, 'bad.yaml'), Buffer.concat([prefix, Buffer.from([0xc3, 0x28])])); // a lead byte without its continuation
    expectUnusable(
      runCli(['import', join(dir, 'bad.yaml'), '--out', join(dir, 'o.json')]),
      new RegExp(`bad\\.yaml: not UTF-8 text: invalid byte 0xC3 at byte offset ${prefix.length}$`),
    );
  });

  it('a design file with a BOM validates, as a template with one imports', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bom.json'), `\ufeff${JSON.stringify(design([{ id: 'a', kind: 's3' }]))}`);
    const r = runCli(['validate', join(dir, 'bom.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a JSON template whose Resources appear twice exits 2 (the last one won, exit 0)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 't.json'), '{\n"Resources": {"A": {"Type": "AWS::S3::Bucket"}},\n"Resources": {"B": {"Type": "AWS::SQS::Queue"}}\n}\n');
    const out = join(dir, 'o.json');
    expectUnusable(
      runCli(['import', join(dir, 't.json'), '--out', out]),
      /t\.json: malformed JSON: duplicate key "Resources" at line 3, column 1 \(first at line 2\)$/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a design with a lone surrogate in a label exits 2 at validate and at export (the export wrote a template cfn-lint could not parse, exit 0)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.json'), JSON.stringify(design([{ id: 'a', kind: 's3', label: 'x\ud800' }])));
    const pattern = /d\.json: \$\.nodes\[0\]\.label: holds a lone surrogate \(U\+D800\) at position 2/;
    expectUnusable(runCli(['validate', join(dir, 'd.json')]), pattern);
    expectUnusable(runCli(['export', join(dir, 'd.json'), '--to', 'cfn-yaml', '--out', join(dir, 't.yaml')]), pattern);
    expect(existsSync(join(dir, 't.yaml'))).toBe(false);
  });

  it('a control character in a label exits 2 with its code point', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.json'), JSON.stringify(design([{ id: 'a', kind: 's3', label: 'two\nlines' }])));
    expectUnusable(runCli(['validate', join(dir, 'd.json')]), /\$\.nodes\[0\]\.label: holds the control character U\+000A at position 4/);
  });
});

describe('share links', () => {
  it('unlink refuses bytes after the DEFLATE stream and double-encoded JSON', () => {
    const text = JSON.stringify(design([{ id: 'a', kind: 's3' }]));
    expectUnusable(runCli(['unlink', linkOf(text, Buffer.from('junk'))]), /^stackcanvas: unlink: the share link is damaged: more data follows the end/);
    expectUnusable(runCli(['unlink', linkOf(JSON.stringify(text))]), /encoded twice/);
  });

  it('unlink of a small link that would print tens of megabytes exits 2 naming the limit, printing nothing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 55; i++) deep = [deep];
    const nodes = Array.from({ length: 1500 }, (_, i) => ({ id: `n${i}`, kind: 'cfn-resource', props: { type: 'AWS::S3::Bucket', properties: { A: deep } } }));
    const url = linkOf(JSON.stringify(design(nodes)));
    expect(url.length).toBeLessThan(20_000);
    expectUnusable(runCli(['unlink', url]), /unlink: the share link opens to a design file over the limit of 5\.0 MB/);
  });

  it('link refuses a design whose link unlink would refuse (over 2 MB inflated, under 64 KB compressed)', () => {
    const dir = tempDir();
    const label = 'L'.repeat(200);
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, kind: 's3', label, position: { x: 0, y: 0 } }));
    writeFileSync(join(dir, 'd.json'), JSON.stringify(design(nodes)));
    expectUnusable(runCli(['link', join(dir, 'd.json')]), /d\.json: this design is 2\.\d MB of JSON; a link may unpack to at most 2 MB/);
  });
});

describe('bounded output and export limits', () => {
  it('a design of 100,000 components is refused before any export work, naming the limit', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.json'), JSON.stringify(design(Array.from({ length: 100_000 }, (_, i) => ({ id: `n${i}`, kind: 's3' })))));
    const start = Date.now();
    expectUnusable(
      runCli(['export', join(dir, 'd.json'), '--to', 'cfn-yaml', '--out', join(dir, 't.yaml')]),
      /d\.json: \$\.nodes: the design has 100,000 components; the limit is 10,000$/,
    );
    expect(Date.now() - start).toBeLessThan(15_000); // was 18 s and 1.07 GB
    expect(existsSync(join(dir, 't.yaml'))).toBe(false);
  });

  it("export warns on stderr when the template passes CloudFormation's limits, exit 0, and writes it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.json'), JSON.stringify(design(Array.from({ length: 600 }, (_, i) => ({ id: `b${i}`, kind: 's3' })))));
    const r = runCli(['export', join(dir, 'd.json'), '--to', 'cfn-json', '--out', join(dir, 't.json')]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^warning SC-X024 {2}the template has at least 600 resources; CloudFormation accepts at most 500 in one stack/);
    expect(lines[1]).toMatch(/^warning SC-X02[56] {2}.*t\.json: the template is [\d,]+ bytes; CloudFormation takes at most/);
    expect(lines).toHaveLength(2); // the exact resource count is not repeated
    expect(existsSync(join(dir, 't.json'))).toBe(true);
  });

  it('an empty design: validate and export both exit 1 with the same error; the template it would make does not import', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'e.json'), JSON.stringify(design([])));
    const v = runCli(['validate', join(dir, 'e.json'), '--json']);
    expect(v.code).toBe(1);
    const diagnostics = (JSON.parse(v.stdout) as { diagnostics: { rule: string; severity: string; message: string }[] }).diagnostics;
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'SC-X023', severity: 'error' })]);
    const x = runCli(['export', join(dir, 'e.json'), '--to', 'cfn-yaml', '--out', join(dir, 't.yaml')]);
    expect(x.code).toBe(1);
    expect(x.stderr).toBe(`error   SC-X023  ${diagnostics[0]!.message}\n`);
    expect(existsSync(join(dir, 't.yaml'))).toBe(false);
    writeFileSync(join(dir, 'empty.yaml'), 'Resources: {}\n');
    expectUnusable(runCli(['import', join(dir, 'empty.yaml'), '--out', join(dir, 'o.json')]), /empty\.yaml: the template has no resources$/);
  });

  it('a reader that closes the pipe early gets no stack trace', () => {
    const r = spawnSync(
      'sh',
      [
        '-c',
        `node packages/cli/dist/stackcanvas.mjs unlink "$(node packages/cli/dist/stackcanvas.mjs link examples/web-caching.stackcanvas.json)" | head -c 10`,
      ],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('{\n  "forma');
    expect(r.stderr).toBe('');
  });
});
