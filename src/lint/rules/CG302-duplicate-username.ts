import { defineRule } from '../api';
import { repeatedCellListeners } from './repeatedCell';

export const duplicateUsername = defineRule('CG302', {
  meta: {
    name: 'duplicate-username',
    description: 'The username is already used on an earlier row (compared case-insensitively); usernames must be unique.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    duplicate: 'Username "{value}" is already used on line {line}: usernames must be unique (and cannot be changed after import).',
    related: 'First use of this username',
  },
  repeats: 'username',
  create: (ctx) => repeatedCellListeners(ctx, duplicateUsername.messages.related),
});
