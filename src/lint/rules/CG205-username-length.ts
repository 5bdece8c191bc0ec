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
