import { organizationNameFor } from '../columns/organizationName';
import { defineRule } from '../api';

const VALID = /^[A-Za-z0-9_]+$/;

export const organizationColumnName = defineRule('CG103', {
  meta: {
    name: 'organization-column-name',
    description: 'An organization column header may contain only letters, digits and `_`, or the import rejects it.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    invalid: 'Organization column "{header}" may contain only letters (A-Z, no accents), digits and _: rename it, e.g. "{suggestion}".',
    invalidNoSuggestion: 'Organization column "{header}" may contain only letters (A-Z, no accents), digits and _: rename it.',
    rename: 'Rename "{from}" to "{to}"',
  },
  create(ctx) {
    return {
      header() {
        const taken = new Set(ctx.columns.columns.map((c) => c.header.trim().toLowerCase()));
        for (const index of ctx.columns.organizationColumns) {
          const column = ctx.columns.columns[index];
          const header = column.header.trim();
          if (header === '' || VALID.test(header)) continue;
          const suggestion = organizationNameFor(header);
          const usable = suggestion !== '' && !taken.has(suggestion.toLowerCase());
          const headerRow = ctx.header!;
          ctx.report({
            message: usable ? 'invalid' : 'invalidNoSuggestion',
            args: usable ? { header, suggestion } : { header },
            range: column.range,
            fixes: () => (usable ? [ctx.fix('rename', { from: header, to: suggestion }, [ctx.edits.replaceCell(headerRow, index, suggestion)], true)] : []),
          });
        }
      },
    };
  },
});
