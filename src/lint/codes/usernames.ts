// What a username may be: 3 to 255 characters, letters, digits and _ . @ -.

export const MIN_USERNAME_LENGTH = 3;
export const MAX_USERNAME_LENGTH = 255;

/** Characters as people count them (a surrogate pair is one). */
export function codePointLength(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) length--;
  }
  return length;
}

/** True when the length is fine, or the value is empty (CG201's business). */
export function usernameLengthAccepted(value: string): boolean {
  const length = codePointLength(value);
  return length === 0 || (length >= MIN_USERNAME_LENGTH && length <= MAX_USERNAME_LENGTH);
}

/** usernameLengthAccepted for text[start, end): 3 to 255 code units none of which is half of a surrogate pair, or empty. */
export function usernameLengthAcceptedAt(text: string, start: number, end: number): boolean {
  const units = end - start;
  if (units === 0) return true;
  if (units < MIN_USERNAME_LENGTH || units > MAX_USERNAME_LENGTH) return false;
  // Six code units are at least three characters; fewer are as many characters unless one is a surrogate.
  if (units >= 2 * MIN_USERNAME_LENGTH) return true;
  for (let i = start; i < end; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return false;
  return true;
}

/** The allowed characters as a lookup table: a loop over a short username beats a regex call per row. */
const ALLOWED_CODES = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.@-') ALLOWED_CODES[ch.charCodeAt(0)] = 1;

/** True when every character of text[start, end) is allowed in a username. */
export function usernameCharactersAllowedAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || ALLOWED_CODES[c] === 0) return false;
  }
  return true;
}

export function usernameCharactersAllowed(value: string): boolean {
  return usernameCharactersAllowedAt(value, 0, value.length);
}
