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
 * even for BE) and a printable character or a line break beside it. UTF-8 and the legacy encodings
 * never write NUL in text.
 */
function nulPattern(b: Uint8Array): DetectedEncoding | undefined {
  const n = Math.min(b.length, SAMPLE_BYTES) & ~1;
  if (n < MIN_UTF16_BYTES) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i + 1] === 0 && isTextByte(b[i])) le++;
    else if (b[i] === 0 && isTextByte(b[i + 1])) be++;
  }
  const pairs = n / 2;
  if (le > pairs * 0.3 && be === 0) return found('utf-16le', Math.min(1, le / pairs + 0.3), 0);
  if (be > pairs * 0.3 && le === 0) return found('utf-16be', Math.min(1, be / pairs + 0.3), 0);
  return undefined;
}

/** Shortest BOM-less UTF-16 told by its NULs: four characters. */
const MIN_UTF16_BYTES = 8;

/** Printable ASCII, tab, line feed, carriage return. */
function isTextByte(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13;
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
 * Whether the sample is UTF-8. A sample cut from a longer file may end inside a character: the
 * decoder in streaming mode holds such an incomplete tail back instead of failing on it.
 */
function sampleIsUtf8(sample: Uint8Array, cut: boolean): boolean {
  if (!cut) return isUtf8(sample);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a file's bytes, decided on its first SAMPLE_BYTES so that a file read whole and the
 * same file streamed in chunks get the same answer: a BOM; BOM-less UTF-16; a UTF-8 sample (the whole
 * file valid: certain; else damaged UTF-8, confidence 0, CG001 points at its first bad byte); mostly
 * UTF-8 with a few bad bytes (damaged too); else the chardet detector's guess.
 */
export function detectEncoding(bytes: Uint8Array, knownUtf8?: boolean): DetectedEncoding {
  const structural = structuralEncoding(bytes);
  if (structural) return structural;
  if (knownUtf8) return found('utf-8', 1, 0);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const cut = bytes.length > SAMPLE_BYTES;
  // knownUtf8 false: the caller already found the whole file invalid.
  if (sampleIsUtf8(sample, cut)) return found('utf-8', knownUtf8 === false || (cut && !isUtf8(bytes)) ? 0 : 1, 0);
  if (isMostlyUtf8(sample)) return found('utf-8', 0, 0);
  return guessLegacy(sample);
}

/** What the bytes' structure says for certain: a BOM, or the NULs of BOM-less UTF-16; else undefined. */
export function structuralEncoding(bytes: Uint8Array): DetectedEncoding | undefined {
  return bomEncoding(bytes) ?? nulPattern(bytes);
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
    // UTF-16 and UTF-32 are told by their BOM or NULs above; the detector's guesses of them on short
    // samples are noise. UTF-8 was ruled out.
    if (match.name.startsWith('UTF-') || match.name === 'ASCII') continue;
    const encoding = FROM_CHARDET[match.name] ?? match.name.toLowerCase();
    if (encoding === 'mbcs' || encoding === 'sbcs' || encoding.startsWith('iso-2022') || encoding === 'iso_2022') continue;
    return found(encoding, match.confidence / 100, 0);
  }
  return found('utf-8', 0, 0);
}
