// 32-bit keys of text ignoring case, for finding repeated values (e-mails, usernames). A key only has
// to spread values well: equal keys are confirmed against the values themselves.

/** FNV-1a's 32-bit offset basis and prime: every key here (and EmailValidator's, computed as it reads) uses them. */
export const KEY_SEED = 0x811c9dc5;
export const KEY_PRIME = 0x01000193;

/**
 * FNV-1a over text[start, end), ASCII characters with bit 5 set (lower-cases letters; merges a few
 * punctuation pairs, harmless since matches are confirmed), anything else via toLowerCase. The loop
 * has no branch (a branch per character doubles its time): it notes whether any character was not
 * ASCII, and such a value is keyed again from its lower-cased copy.
 */
export function keyIgnoringCase(text: string, start: number, end: number): number {
  let h = KEY_SEED;
  let seen = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    seen |= c;
    h = Math.imul(h ^ (c | 32), KEY_PRIME);
  }
  return seen < 128 ? finishKey(h) : lowerCasedKey(text.slice(start, end).toLowerCase());
}

function lowerCasedKey(lower: string): number {
  let h = KEY_SEED;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    h = Math.imul(h ^ (c < 128 ? c | 32 : c), KEY_PRIME);
  }
  return finishKey(h);
}

/** The final mix of an FNV-1a state (spreads the last characters into the high bits). */
export function finishKey(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}

/** One key from two (order matters). */
export function combineKeys(first: number, second: number): number {
  return finishKey(Math.imul(first, 0x9e3779b1) ^ second);
}
