import { cellOf } from './helpers';
import { defineRule, type Rule } from './rule';

const MIN = 3;
const MAX = 255;

/** Characters as people count them (a surrogate pair is one). */
function codePointLength(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) length--;
  }
  return length;
}

export const usernameLength: Rule = defineRule('CG205', {
  meta: {
    name: 'username-length',
    description: 'A username must be 3 to 255 characters long.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    short: 'Username "{value}" has {length} characters: it must have at least 3 (usernames cannot be changed after import, so choose carefully).',
    long: 'Username has {length} characters: it must have at most 255.',
  },
  quickAccept: [{ columns: (ctx) => ctx.columns.fieldColumns.username, accepts: acceptsLengthAt }],
  checkRecord(record, ctx) {
    const columns = ctx.columns.fieldColumns.username;
    for (let i = 0; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      // Six code units are at least three characters: only short and very long values need counting.
      if (record.span(columns[i])) {
        const units = record.spanEnd - record.spanStart;
        if (units === 0 || (units >= 2 * MIN && units <= MAX)) continue;
      }
      const value = record.trimmed(columns[i]);
      const length = codePointLength(value);
      if (length === 0 || (length >= MIN && length <= MAX)) continue;
      ctx.report(usernameLength, {
        message: length < MIN ? 'short' : 'long',
        args: { value, length },
        range: ctx.cellRange(cell),
      });
    }
  },
});

/** A plain username cell this rule accepts: empty, or 3 to 255 code units none of which is half of a surrogate pair. */
function acceptsLengthAt(text: string, start: number, end: number): boolean {
  const units = end - start;
  if (units === 0) return true;
  if (units < MIN || units > MAX) return false;
  // Six code units are at least three characters; fewer are as many characters unless one is a surrogate.
  if (units >= 2 * MIN) return true;
  for (let i = start; i < end; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return false;
  return true;
}
