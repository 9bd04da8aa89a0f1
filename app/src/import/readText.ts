/**
 * A picked or dropped file as text, strictly: UTF-8 (a BOM is dropped), an invalid byte refused
 * with its offset (core's `decodeUtf8`, as the CLI reads files), never replaced silently.
 */
import { decodeUtf8, formatByte } from '@stackcanvas/core';
import { msg, type Message } from '../i18n/index';

export async function readFileText(file: Blob & { readonly name: string }): Promise<{ text: string } | { error: Message }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { error: msg('importUnreadable', { file: file.name }) };
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { text: decoded.text };
  return { error: msg('importNotUtf8', { file: file.name, byte: formatByte(decoded.byte), offset: String(decoded.offset) }) };
}
