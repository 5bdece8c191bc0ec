import { defineRule } from '../api';
import { repeatedCellListeners } from './repeatedCell';

export const duplicateEmail = defineRule('CG301', {
  meta: {
    name: 'duplicate-email',
    description: 'The e-mail is already used on an earlier row (compared case-insensitively).',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    duplicate: 'E-mail "{value}" is already used on line {line}: every user needs a different e-mail address.',
    related: 'First use of this e-mail',
  },
  repeats: 'email',
  create: (ctx) => repeatedCellListeners(ctx, duplicateEmail.messages.related),
});
