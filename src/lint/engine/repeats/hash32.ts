import { finishKey, KEY_PRIME, KEY_SEED } from '../../text/caseKey';

/**
 * 32-bit FNV-1a hash of text[start, end) for the in-memory index of whole rows, where every match is
 * confirmed against the text, so 32 bits suffice and half the work per character.
 */
export function hash32(text: string, start: number, end: number): number {
  let h = KEY_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), KEY_PRIME);
  return finishKey(h);
}
