import { defineRule, type Rule } from './rule';

export const preambleLine: Rule = defineRule('CG106', {
  meta: {
    name: 'preamble-line',
    description: 'A line above the real header (such as `version:v1.0` of an Entra bulk-create file): the import would read it as the header.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    preamble: 'Line {line} ("{text}") is above the real header on line {headerLine}: the import would take it as the header. Delete it.',
    remove: 'Delete line {line} above the header',
  },
  checkHeader(ctx) {
    const headerLine = ctx.columns.columns[0]?.range.start.line ?? 0;
    for (const line of ctx.preamble) {
      const range = ctx.range(line.start, line.end);
      const text = ctx.table.text.slice(line.start - ctx.table.base, line.end - ctx.table.base).replace(/[,;\t]+$/, '');
      const args = { line: range.start.line + 1, text, headerLine: headerLine + 1 };
      ctx.report(preambleLine, {
        message: 'preamble',
        args,
        range,
        fixes: () => [ctx.fix(preambleLine, 'remove', { line: args.line }, [{ start: line.start, end: line.next, newText: '' }], true)],
      });
    }
  },
});
