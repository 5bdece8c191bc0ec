// 32-bit hashes for the exact repeat finder, where every match is confirmed against the text.

/**
 * 32-bit FNV-1a hash of text[start, end) for the in-memory index, where every match is confirmed
 * against the text, so 32 bits suffice and half the work per character.
 */
export function hash32(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return finish32(h);
}

/**
 * hash32 ignoring case: ASCII characters with bit 5 set (lower-cases letters; merges a few
 * punctuation pairs, harmless since matches are confirmed), anything else via toLowerCase. The
 * branch-free ASCII loop is the hot path; a non-ASCII character sends the value to the slow path.
 */
export function hash32IgnoringCase(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return hashLowerCased(text.slice(start, end).toLowerCase());
    h = Math.imul(h ^ (c | 32), 0x01000193);
  }
  return finish32(h);
}

function hashLowerCased(lower: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    h = Math.imul(h ^ (c < 128 ? c | 32 : c), 0x01000193);
  }
  return finish32(h);
}

function finish32(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}
