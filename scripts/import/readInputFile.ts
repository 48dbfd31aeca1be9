import fs from 'node:fs';
import path from 'node:path';

/** Files larger than this are refused before they are read: split them and import the parts. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

export class ImportFileError extends Error {}

/**
 * Reads an import file as UTF-8 text, refusing — with a message that says what to do —
 * a missing, empty or oversized file, and any file that is not valid UTF-8 (a Latin-1
 * or Windows-1252 export cannot hold ə, ş, ğ and would import mangled names).
 */
export function readInputFile(file: string, maxBytes = MAX_IMPORT_FILE_BYTES): string {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new ImportFileError(`${file} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`no such file: ${file}`);
  }
  const name = path.basename(file);
  if (size === 0) throw new ImportFileError(`${name} is empty: nothing to import`);
  if (size > maxBytes) {
    throw new ImportFileError(
      `${name} is ${megabytes(size)}; one import takes at most ${megabytes(maxBytes)} — split the file into parts (each with the header line) and import them one after another`,
    );
  }
  const bytes = fs.readFileSync(file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportFileError(`${name} is UTF-16; save it as UTF-8 (in a spreadsheet: "CSV UTF-8")`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    throw new ImportFileError(
      `${name} is not UTF-8: line ${line} has the byte 0x${bytes[at].toString(16).toUpperCase()}, which suggests Latin-1 or Windows-1252 — ` +
        'those cannot hold Azerbaijani letters such as ə, so names would be lost; save the file as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again',
    );
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}
