// Decodes the bytes of a user list read only for comparison (a baseline): the platform's export or an
// earlier list may come from Excel or PowerShell in another encoding. The BOM is dropped, so positions
// are those an editor shows.

export type ListEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedList {
  text: string;
  encoding: ListEncoding;
}

/**
 * UTF-8 (with or without BOM), UTF-16 with a BOM (PowerShell 5.1, Excel "Unicode text"), else
 * Windows-1252 (Excel's "CSV" on a Western system), the only common single-byte encoding of these files.
 */
export function decodeListBytes(bytes: Uint8Array): DecodedList {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // The default TextDecoder drops a leading BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's 0x80-0x9F (0 = unassigned, kept as the C1 control). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

// Node 20's TextDecoder reads 'windows-1252' as Latin-1 (0x80-0x9F become C1 controls, the euro sign is
// lost), so the 32 bytes where the two differ are mapped here.
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Uint16Array(end - i);
    for (let k = i; k < end; k++) {
      const b = bytes[k];
      codes[k - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
