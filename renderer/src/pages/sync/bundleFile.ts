// Bundles and field packs are binary files that travel as base64 through the API: read from a file
// the user chooses, and saved the way the app saves its exports.
import { download } from '../../api/download';

/** A chosen file's bytes as base64 (in slices: a whole workspace's bundle runs to megabytes). */
export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Saves base64 bytes under a file name. */
export function saveBase64File(fileName: string, base64: string): void {
  download({
    fileName,
    mimeType: 'application/octet-stream',
    encoding: 'base64',
    content: base64,
    synthetic: false,
  });
}
