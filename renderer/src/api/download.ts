// Files made by the backend (ExportFile) saved by the browser: a Blob behind a blob: URL, which the
// strict CSP allows, clicked through an <a download>. XLSX comes base64-encoded.
import type { ExportFile } from '../../../shared/api/types';

function fileBlob(file: ExportFile): Blob {
  if (file.encoding === 'utf8') return new Blob([file.content], { type: file.mimeType });
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mimeType });
}

const REVOKE_AFTER_MS = 60_000;

/** Saves the file under its own name (the browser's or Electron's usual download). */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(fileBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the file before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
