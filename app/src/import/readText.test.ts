import { describe, expect, it } from 'vitest';
import { renderText } from '../i18n/index';
import { importFile } from './importFile';
import { readFileText } from './readText';

describe('reading a picked file', () => {
  it('drops a BOM and keeps the text', async () => {
    const r = await readFileText(new File([new Uint8Array([0xef, 0xbb, 0xbf]), 'Resources: {}'], 'a.yaml'));
    expect(r).toEqual({ text: 'Resources: {}' });
  });

  it('refuses an invalid byte with its offset instead of replacing it', async () => {
    // "Re" then a lone continuation byte at offset 2, then valid text.
    const r = await readFileText(new File([new Uint8Array([0x52, 0x65, 0x80, 0x73])], 'bad.yaml'));
    expect('error' in r && renderText(r.error, 'en')).toBe('bad.yaml: not UTF-8 text: invalid byte 0x80 at byte offset 2');
    expect('error' in r && renderText(r.error, 'ko')).toContain('오프셋 2');
  });

  it('is what an import of such a file says (nothing is opened)', async () => {
    const bytes = new TextEncoder().encode('Resources:\n  T:\n    Type: AWS::SNS::Topic # caf');
    const file = new File([bytes, new Uint8Array([0xe9]), '\n'], 'latin1.yaml');
    const r = await importFile(file);
    expect('error' in r && renderText(r.error, 'en')).toBe(`latin1.yaml: not UTF-8 text: invalid byte 0xE9 at byte offset ${bytes.length}`);
  });
});
