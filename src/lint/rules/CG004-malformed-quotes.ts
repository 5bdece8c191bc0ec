import type { QuoteIssue } from '../reader/table';
import { defineRule, type RecordView, type Rule, type RuleContext } from './rule';

export const malformedQuotes: Rule = defineRule('CG004', {
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
  checkHeader(ctx) {
    if (ctx.header) reportIssues(ctx.header, ctx);
  },
  checkRecord: reportIssues,
  // A plain record has no broken quotes.
  quickAccept: 'plain',
  checkBlankRecord: reportIssues,
});

function reportIssues(record: RecordView, ctx: RuleContext): void {
  for (const issue of record.quoteIssues) report(issue, record, ctx);
}

function report(issue: QuoteIssue, record: RecordView, ctx: RuleContext): void {
  const value = record.value(issue.cell - record.firstCell);
  if (issue.kind === 'unclosed') {
    ctx.report(malformedQuotes, { message: 'unclosed', args: {}, range: ctx.range(issue.offset, issue.offset + 1) });
  } else if (issue.kind === 'stray') {
    ctx.report(malformedQuotes, {
      message: 'stray',
      args: { value, escaped: value.replaceAll('"', '""') },
      range: ctx.cellRange(issue.cell),
    });
  } else {
    ctx.report(malformedQuotes, { message: 'afterClosing', args: { value }, range: ctx.cellRange(issue.cell) });
  }
}
