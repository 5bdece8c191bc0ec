import type { RecordView, RuleContext } from './rule';

/**
 * Records the record's e-mail, username and (when needed) whole text for the duplicate rules, once
 * per record (CG301, CG302 and CG303 share it). In memory the keys are only collected here and
 * resolved after the last record (ctx.duplicates). When streaming they are looked up at once and the
 * answer is left on the record (earlierEmail, earlierUsername, earlierRow).
 *
 * Identical rows have identical e-mails, so a whole-row comparison is only needed when the e-mail
 * repeats (or is blank).
 */
export function findDuplicates(record: RecordView, ctx: RuleContext): void {
  if (record.duplicatesChecked) return;
  record.duplicatesChecked = true;
  const { email, username } = ctx.columns.fieldColumns;
  const emailCol = email[0];
  const hasEmail = emailCol !== undefined && !record.isBlank(emailCol);
  const usernameCol = username[0];
  const hasUsername = usernameCol !== undefined && !record.isBlank(usernameCol);
  const collector = ctx.duplicates;
  if (collector) {
    if (hasEmail) {
      // The e-mail rules have just read the address in place and hashed it: reuse that hash.
      const hash = record.span(emailCol) ? ctx.emails.hashAt(ctx.table.text, record.spanStart, record.spanEnd) : undefined;
      collector.addEmail(record.firstCell + emailCol, record.local, hash);
    } else collector.addRecordWithoutEmail(record.local);
    if (hasUsername) collector.addUsername(record.firstCell + usernameCol, record.local);
    return;
  }
  if (hasEmail) record.earlierEmail = ctx.firstSeen('email').checkValue(record.firstCell + emailCol);
  if (hasUsername) record.earlierUsername = ctx.firstSeen('username').checkValue(record.firstCell + usernameCol);
  record.earlierRow = ctx.firstSeen('row').checkRecord(record.local);
}

/** True when CG303 reports this (streamed) record as a repeated row: then CG301/CG302 stay quiet on it. */
export function isReportedAsRepeatedRow(record: RecordView, ctx: RuleContext): boolean {
  return record.earlierRow !== undefined && ctx.isActive('CG303');
}
