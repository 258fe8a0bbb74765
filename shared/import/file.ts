// Reads an uploaded file (CSV, tab-separated text or XLSX) into a table, whatever its encoding.
import { text } from '../messages';
import { parseCsv } from './csv';
import { fileError, toTable, type Table } from './table';
import { readXlsx } from './xlsx';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

/** The file's content decides how it is read; its name only explains a refusal. */
export function readTableFile(fileName: string, bytes: Uint8Array): Table {
  if (startsWith(bytes, ZIP_SIGNATURE)) return readXlsx(bytes);
  if (startsWith(bytes, OLE_SIGNATURE) || /\.xls$/i.test(fileName)) {
    return toTable([], [fileError(text('import.oldExcel', { file: fileName }))]);
  }
  return parseCsv(decodeText(bytes));
}

/** UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
