// Which encoding a file's bytes are in. Byte order marks and valid UTF-8 are certain; a BOM-less
// UTF-16 file is told by where its NUL bytes fall; anything else is a guess of the chardet package
// (statistics per language, as ICU does), on a bounded sample so a large file costs no more.
import type * as Chardet from 'chardet';
import { lazy } from '../../util/lazy';
import { WRITER_PHRASES, writerOf, type WriterId } from './writers';

// Loaded on the first file that is not UTF-8, not when the extension starts.
const chardet = lazy(() => require('chardet') as typeof Chardet);

/** What detectEncoding found. */
export interface DetectedEncoding {
  /** Canonical lower-case name, one iconv-lite and TextDecoder know: 'utf-8', 'utf-16le', 'windows-1252', 'shift_jis', ... */
  encoding: string;
  /** How people name it: 'UTF-8', 'UTF-16 LE', 'Windows-1252 (Latin-1)', 'Shift_JIS'. */
  label: string;
  /** 1 for a byte order mark or valid UTF-8; the detector's confidence (0-1) for a guess. */
  confidence: number;
  /** Length in bytes of the byte order mark (0 when there is none). */
  bomLength: number;
  /** What typically writes such a file, or undefined. */
  writer: WriterId | undefined;
  /** The writer as English text ("as PowerShell 5 and Excel's 'Unicode text' save"), or undefined. */
  likelyWriter: string | undefined;
}

/** Bytes read by the guessing steps (the NUL pattern, the detector): the start of a file is enough. */
export const SAMPLE_BYTES = 64 * 1024;

const LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
  'windows-1252': 'Windows-1252 (Latin-1)',
  'iso-8859-1': 'ISO-8859-1 (Latin-1)',
};

/** chardet's names -> canonical names. ISO-8859-1 is read as Windows-1252, its superset (as browsers do). */
const FROM_CHARDET: Readonly<Record<string, string>> = {
  'ISO-8859-1': 'windows-1252',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'UTF-32LE': 'utf-32le',
  'UTF-32BE': 'utf-32be',
};

export function encodingLabel(encoding: string): string {
  if (LABELS[encoding]) return LABELS[encoding];
  if (/^windows-\d+$/.test(encoding)) return `Windows-${encoding.slice(8)}`;
  if (encoding === 'shift_jis') return 'Shift_JIS';
  return encoding.toUpperCase();
}

/** "UTF-16 LE, as PowerShell 5 and Excel's 'Unicode text' save" (or only the label). */
export function describeEncoding(detected: Pick<DetectedEncoding, 'label' | 'likelyWriter'>): string {
  return detected.likelyWriter ? `${detected.label}, ${detected.likelyWriter}` : detected.label;
}

function found(encoding: string, confidence: number, bomLength: number): DetectedEncoding {
  const writer = writerOf(encoding);
  return { encoding, label: encodingLabel(encoding), confidence, bomLength, writer, likelyWriter: writer && WRITER_PHRASES[writer] };
}

function bomEncoding(b: Uint8Array): DetectedEncoding | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return found('utf-8', 1, 3);
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 && b.length >= 4 ? found('utf-32le', 1, 4) : found('utf-16le', 1, 2);
  if (b[0] === 0xfe && b[1] === 0xff) return found('utf-16be', 1, 2);
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return found('utf-32be', 1, 4);
  return undefined;
}

/**
 * UTF-16 without a BOM: text of Latin letters has a NUL in every other byte (odd positions for LE,
 * even for BE). UTF-8 and the legacy encodings never write NUL in text.
 */
function nulPattern(b: Uint8Array): DetectedEncoding | undefined {
  const n = Math.min(b.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.02) return found('utf-16le', Math.min(1, odd / pairs + 0.3), 0);
  if (even > pairs * 0.3 && odd < pairs * 0.02) return found('utf-16be', Math.min(1, even / pairs + 0.3), 0);
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a file's bytes. Valid UTF-8 is checked over the whole file (natively, fast); the
 * guesses read at most SAMPLE_BYTES. A file that is not UTF-8 and that the detector cannot place is
 * reported as UTF-8 with confidence 0 (damaged UTF-8: CG001 then points at the first bad byte).
 */
export function detectEncoding(bytes: Uint8Array, knownUtf8?: boolean): DetectedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const utf16 = nulPattern(bytes);
  if (utf16) return utf16;
  if (knownUtf8 ?? isUtf8(bytes)) return found('utf-8', 1, 0);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (isMostlyUtf8(sample)) return found('utf-8', 0, 0);
  return guessLegacy(sample);
}

/**
 * UTF-8 with a few damaged bytes: at least as many valid multi-byte sequences as invalid bytes. A legacy
 * file almost never holds a valid UTF-8 sequence (it would take letters like 'Ã©' side by side).
 */
function isMostlyUtf8(b: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const lead = b[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < b.length && (b[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > 0 && valid >= invalid;
}

function guessLegacy(sample: Uint8Array): DetectedEncoding {
  for (const match of chardet().analyse(sample)) {
    if (match.name === 'UTF-8' || match.name === 'ASCII') {
      // The detector sees mostly valid UTF-8: a UTF-8 file with a few damaged bytes.
      if (match.confidence >= 50) break;
      continue;
    }
    const encoding = FROM_CHARDET[match.name] ?? match.name.toLowerCase();
    if (encoding === 'mbcs' || encoding === 'sbcs' || encoding.startsWith('iso-2022') || encoding === 'iso_2022') continue;
    return found(encoding, match.confidence / 100, 0);
  }
  return found('utf-8', 0, 0);
}
