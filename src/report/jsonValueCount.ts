// Counts the values in a JSON text before it is parsed. Parsing builds every value at once, and a
// few megabytes of `{},{},...` are millions of objects (hundreds of megabytes in the heap), so an
// answer with far more values than the page asked for is refused before JSON.parse sees it.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

/**
 * True when `text` holds more than `limit` commas, objects and arrays outside strings (about its
 * number of values). One pass, no allocation; stops as soon as the limit is passed.
 */
export function exceedsJsonValues(text: string, limit: number): boolean {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === COMMA || c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++count > limit) return true;
    }
  }
  return false;
}
