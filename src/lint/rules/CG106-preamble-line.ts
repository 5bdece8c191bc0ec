import { defineRule } from '../api';

export const preambleLine = defineRule('CG106', {
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
  create(ctx) {
    return {
      header() {
        const headerLine = ctx.headerRange.start.line;
        for (const line of ctx.preamble) {
          const args = { line: line.range.start.line + 1, text: line.text, headerLine: headerLine + 1 };
          ctx.report({
            message: 'preamble',
            args,
            range: line.range,
            fixes: () => [ctx.fix('remove', { line: args.line }, [ctx.edits.deletePreambleLine(line)], true)],
          });
        }
      },
    };
  },
});
