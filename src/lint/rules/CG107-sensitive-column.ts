import type { SensitiveCategory } from '../columns/sensitiveColumns';
import { defineRule } from '../api';

/** How each category is named: one whole message per category, so each translates as a sentence. */
const CATEGORY_TEXT: Readonly<Record<SensitiveCategory, string>> = {
  password: 'passwords',
  salary: 'salary data',
  dateOfBirth: 'dates of birth',
  gender: 'gender',
  maritalStatus: 'marital status',
  citizenship: 'citizenship',
  ethnicity: 'ethnicity',
  taxCode: 'tax codes',
  nationalId: 'national ID numbers',
  bankAccount: 'bank account numbers',
  homeAddress: 'home addresses',
  privatePhone: 'private phone numbers',
  health: 'health data',
};

export const sensitiveColumn = defineRule('CG107', {
  meta: {
    name: 'sensitive-column',
    description: 'A column the platform does not need holds secrets or sensitive personal data (passwords, salary, date of birth, tax code...): remove it before uploading.',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  messages: {
    ...Object.fromEntries(
      Object.entries(CATEGORY_TEXT).map(([category, text]) => [
        `sensitive_${category}`,
        `Column "{header}" holds ${text}, which the platform does not need and must not receive: delete the column before uploading (it would become an organization field).`,
      ]),
    ),
    remove: 'Delete column "{header}"',
  },
  create(ctx) {
    return {
      // At the end, so the fix can reach every row (the whole file is read by then).
      end() {
        if (!ctx.header) return;
        for (const { index, category } of ctx.columns.sensitiveColumns) {
          const column = ctx.columns.columns[index];
          const header = column.header.trim();
          ctx.report({
            message: `sensitive_${category}`,
            args: { header },
            range: column.range,
            // Offered one at a time, never in fix-all: deleting data is the admin's decision.
            fixes: () => {
              const edits = ctx.edits.deleteColumn(index);
              return edits ? [ctx.fix('remove', { header }, edits, false)] : [];
            },
          });
        }
      },
    };
  },
});
