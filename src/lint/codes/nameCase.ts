// Names written in capitals ("ROSSI"), as some HR exports write them.

/** True when the name has at least two letters and none of them is lower-case. */
export function isWrittenInCapitals(value: string): boolean {
  if (value !== value.toUpperCase()) return false;
  let letters = 0;
  for (const ch of value) if (ch.toLowerCase() !== ch && ++letters >= 2) return true;
  return false;
}

/**
 * !isWrittenInCapitals for text[start, end): a lower-case letter of ASCII or Latin-1 answers at once
 * (the usual name, 'élise' as much as 'anna'); a character beyond them asks isWrittenInCapitals.
 */
export function notInCapitalsAt(text: string, start: number, end: number): boolean {
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return true;
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) capitals++;
    else if (c >= 128) return !isWrittenInCapitals(text.slice(start, end));
  }
  return capitals < 2;
}

/** "DE LUCA" -> "De Luca", "O'NEIL" -> "O'Neil", "ANNA-MARIA" -> "Anna-Maria". */
export function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
