// Text bound for a terminal, made inert. Cells of a user list, file names and the platform's error
// messages can hold ESC (colour, cursor moves, OSC 8 links, OSC 52 clipboard writes, title changes),
// other C0/C1 controls, and bidi controls that make a line read differently from its bytes. Each is
// shown as a visible escape instead (`\x1B`, `\u202E`), as JSON and SARIF output already do.

/** C0 controls but tab, DEL, C1 controls, bidi and other invisible format controls, line/paragraph separators. */
const UNSAFE = /[\x00-\x08\x0A-\x1F\x7F-\x9F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every control and bidi character written as a visible escape; plain text is returned as is. */
export function terminalText(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, visible) : text;
}

/** As terminalText, but the line breaks the product put between lines of its own message stay line breaks. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}
