import { defineRule } from '../api';
import { usernameAccepted } from '../codes/cellTests';
import { codePointLength, MAX_USERNAME_LENGTH, MIN_USERNAME_LENGTH } from '../codes/usernames';

export const usernameLength = defineRule('CG205', {
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
  looksAt: (ctx) => [{ columns: ctx.columns.fieldColumns.username, accepts: usernameAccepted }],
  create(ctx) {
    return {
      row(row) {
        for (const col of ctx.columns.fieldColumns.username) {
          const value = row.trimmed(col);
          const length = codePointLength(value);
          if (length === 0 || (length >= MIN_USERNAME_LENGTH && length <= MAX_USERNAME_LENGTH)) continue;
          ctx.report({ message: length < MIN_USERNAME_LENGTH ? 'short' : 'long', args: { value, length }, range: row.cellRange(col) });
        }
      },
    };
  },
});
