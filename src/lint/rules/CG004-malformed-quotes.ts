import { defineRule, type QuoteProblem, type Row, type RuleContext } from '../api';

export const malformedQuotes = defineRule('CG004', {
  meta: {
    name: 'malformed-quotes',
    description: 'A quote is never closed, or a quote appears where CSV does not allow one; the rest of the file is still checked.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    unclosed: 'This quote is never closed: add the closing " or remove it (the line was checked as if the quote were a plain character).',
    stray: 'Stray quote in {value}: a cell that contains " must be enclosed in quotes with the quote doubled ("{escaped}"), or remove the quote.',
    afterClosing: 'Text after the closing quote in {value}: put the whole value inside the quotes.',
  },
  // A plain row has no broken quotes.
  looksAt: 'plain-rows',
  create(ctx) {
    const check = (row: Row) => {
      for (const problem of row.quoteProblems) report(ctx, row, problem);
    };
    return {
      header() {
        if (ctx.header) check(ctx.header);
      },
      row: check,
      blankRow: check,
    };
  },
});

function report(ctx: RuleContext, row: Row, problem: QuoteProblem): void {
  const value = row.value(problem.column);
  if (problem.kind === 'unclosed') ctx.report({ message: 'unclosed', range: problem.range });
  else if (problem.kind === 'stray') ctx.report({ message: 'stray', args: { value, escaped: value.replaceAll('"', '""') }, range: problem.range });
  else ctx.report({ message: 'afterClosing', args: { value }, range: problem.range });
}
