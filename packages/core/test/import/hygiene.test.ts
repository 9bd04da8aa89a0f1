/** Import (issue 17): strict JSON as strict as the YAML reader, UTF-8-safe text, bounded designs. */
import { describe, expect, it } from 'vitest';
import { LABEL_METADATA_KEY } from '../../src/cfn/context';
import { importTemplate, importText } from '../../src/import/index';
import { parseDesign } from '../../src/model/parse';
import { serializeDesign } from '../../src/model/serialize';
import { MAX_DESIGN_BYTES } from '../../src/model/types';

const bucket = { Type: 'AWS::S3::Bucket' };

function refusal(text: string) {
  const r = importTemplate(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('duplicate keys', () => {
  it('refuses a JSON template whose Resources appear twice (the last one used to win: a section dropped, exit 0)', () => {
    const text = `{\n  "Resources": {"Site": ${JSON.stringify(bucket)}},\n  "Resources": {"Logs": ${JSON.stringify(bucket)}}\n}`;
    const e = refusal(text);
    expect(e.code).toBe('malformed');
    expect(e.message).toBe('malformed JSON: duplicate key "Resources" at line 3, column 3 (first at line 2)');
    expect(e.detail.ko).toMatch(/JSON 형식이 잘못되었습니다/);
  });

  it('refuses a repeated key deeper in, as the YAML reader does', () => {
    const json = '{"Resources":{"Site":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"a","BucketName":"b"}}}}';
    expect(refusal(json).message).toMatch(/duplicate key "BucketName" at line 1/);
    const yaml = 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: a\n      BucketName: b\n';
    expect(refusal(yaml).message).toMatch(/duplicate key "BucketName"/);
  });

  it('refuses a design file with a repeated key, through the same door', () => {
    const r = importText('{"format":"stackcanvas.design","version":2,"nodes":[{"id":"a","kind":"s3"}],"nodes":[]}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/duplicate key "nodes"/);
  });
});

describe('text', () => {
  it('accepts a BOM on JSON and YAML templates and on design files', () => {
    expect(importTemplate(`\ufeff${JSON.stringify({ Resources: { Site: bucket } })}`).ok).toBe(true);
    expect(importTemplate('\ufeffResources:\n  Site:\n    Type: AWS::S3::Bucket\n').ok).toBe(true);
    expect(importText(`\ufeff${JSON.stringify({ format: 'stackcanvas.design', version: 2, nodes: [{ id: 'a', kind: 's3' }] })}`).ok).toBe(true);
  });

  it('refuses a lone surrogate anywhere in a template, with its path (the export would write a template cfn-lint cannot read)', () => {
    const json = JSON.stringify({ Resources: { Site: { ...bucket, Properties: { BucketName: 'a\ud800' } } } });
    const e = refusal(json);
    expect(e.code).toBe('unsafe');
    expect(e.message).toBe(
      '$.Resources.Site.Properties.BucketName: holds a lone surrogate (U+D800) at position 2: not valid Unicode text, it cannot be written as UTF-8',
    );
  });

  it('a stamped label with a control character is not used (the logical id is, with a note); a long label is cut between characters', () => {
    const tagged = (label: string) => JSON.stringify({ Resources: { Site: { ...bucket, Metadata: { [LABEL_METADATA_KEY]: label } } } });
    const r = importTemplate(tagged('two\nlines'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.nodes[0]!.label).toBe('Site');
    expect(r.warnings.join('\n')).toMatch(/Site: the label in its metadata holds a control character/);
    const long = importTemplate(tagged(`${'a'.repeat(199)}😀tail`));
    expect(long.ok).toBe(true);
    if (long.ok) expect(long.design.nodes[0]!.label).toBe('a'.repeat(199)); // not 'a'×199 + a lone half of 😀
  });
});

describe('bounded output', () => {
  it('refuses up front a template that would import to a design file over the limit, naming it (2.2 MB became 8.4 MB)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { A: deep };
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 1900; i++) resources[`Thing${i}`] = { Type: 'Custom::Thing', Properties: { P: deep, Q: deep } };
    const text = JSON.stringify({ Resources: resources });
    expect(text.length).toBeLessThan(MAX_DESIGN_BYTES);
    const e = refusal(text);
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('the template would import to a design file over the limit of 5.0 MB (import a smaller template, or split the stack)');
    expect(e.detail.code).toBe('SC-I028');
  });

  it('what it imports writes a design file that reads again', () => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 600; i++) resources[`Thing${i}`] = { Type: 'Custom::Thing', Properties: { P: { A: { B: [i, 'x'] } } } };
    const r = importTemplate(JSON.stringify({ Resources: resources }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const written = serializeDesign(r.design);
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(MAX_DESIGN_BYTES);
    expect(parseDesign(written).ok).toBe(true);
  });
});
