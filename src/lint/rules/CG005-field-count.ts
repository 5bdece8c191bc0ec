import { defineRule } from '../api';

export const fieldCount = defineRule('CG005', {
  meta: {
    name: 'field-count',
    description: 'A record has more or fewer fields than the header, so its values land in the wrong columns or are dropped.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    tooFew: 'This row has {count} fields but the header has {expected}: a value or a delimiter is missing; values after the gap land in the wrong column.',
    tooMany: 'This row has {count} fields but the header has {expected}: remove the extra fields, or quote a value that contains the delimiter.',
    pad: 'Add {missing} empty fields at the end of the row',
    dropEmpty: 'Remove {extra} empty fields at the end of the row',
  },
  // A plain row has as many cells as the header.
  looksAt: 'plain-rows',
  create(ctx) {
    return {
      row(row) {
        const expected = ctx.columns.columns.length;
        const count = row.cellCount;
        if (count === expected || expected === 0) return;
        if (count < expected) {
          const missing = expected - count;
          ctx.report({
            message: 'tooFew',
            args: { count, expected },
            range: row.range(),
            fixes: () => [ctx.fix('pad', { missing }, [ctx.edits.appendEmptyCells(row, missing)], true)],
          });
          return;
        }
        const extra = count - expected;
        let extrasEmpty = true;
        for (let col = expected; col < count; col++) if (row.value(col) !== '') extrasEmpty = false;
        ctx.report({
          message: 'tooMany',
          args: { count, expected },
          range: row.range(),
          fixes: () => (extrasEmpty ? [ctx.fix('dropEmpty', { extra }, [ctx.edits.removeCellsFrom(row, expected)], true)] : []),
        });
      },
    };
  },
});
