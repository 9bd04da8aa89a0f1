/**
 * Saving and copying files from the page: small helpers every panel uses, kept apart from the
 * image renderer (`canvas/exportImage.ts`), which loads only when an image is exported.
 */
import { serializeDesign, type Design } from '@stackcanvas/core';

/** A file name from the design name: no path separators or characters that file systems refuse. */
export function fileBaseName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned || 'design';
}

export function download(filename: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  download(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** The design as its `.stackcanvas.json` file (the storage banner's and the error screens' download). */
export function downloadDesign(design: Design): void {
  downloadText(`${fileBaseName(design.name)}.stackcanvas.json`, serializeDesign(design), 'application/json');
}

/** Puts the PNG on the clipboard; throws with the browser's reason when it refuses. */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (typeof ClipboardItem === 'undefined' || !clipboard?.write) throw new UnsupportedClipboardError();
  // The blob is given as a promise so the click's user activation covers the write (Chromium, Safari).
  await clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

export class UnsupportedClipboardError extends Error {
  constructor() {
    super('no ClipboardItem');
  }
}
