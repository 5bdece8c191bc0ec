import type { RecordView, RuleContext } from './rule';

/**
 * Looks up the record's e-mail, username and whole text among earlier records, once per record
 * (CG301, CG302 and CG303 share the answer).
 *
 * Identical rows have identical e-mails, so in memory the whole-row comparison is only needed when
 * the e-mail repeats (or is blank): then the row that first had this e-mail is remembered too, before
 * this one is looked up. This keeps a full-text hash of every row out of the common case.
 */
export function findDuplicates(record: RecordView, ctx: RuleContext): void {
  if (record.duplicatesChecked) return;
  record.duplicatesChecked = true;
  const { email, username } = ctx.columns.fieldColumns;
  const emailCol = email[0];
  const hasEmail = emailCol !== undefined && !record.isBlank(emailCol);
  if (hasEmail) {
    // The e-mail rules have just read the address in place and hashed it: reuse that hash.
    const hash = record.span(emailCol) ? ctx.emails.hashAt(ctx.table.text, record.spanStart, record.spanEnd) : undefined;
    record.earlierEmail = ctx.firstSeen('email').checkValue(record.firstCell + emailCol, hash);
  }
  const usernameCol = username[0];
  if (usernameCol !== undefined && !record.isBlank(usernameCol)) {
    record.earlierUsername = ctx.firstSeen('username').checkValue(record.firstCell + usernameCol);
  }
  const rows = ctx.firstSeen('row');
  if (ctx.streaming || !hasEmail) {
    record.earlierRow = rows.checkRecord(record.local);
  } else if (record.earlierEmail) {
    rows.rememberRecordAt(record.earlierEmail[0]);
    record.earlierRow = rows.checkRecord(record.local);
  }
}

/** True when CG303 will report this record as a repeated row (then CG301/CG302 stay quiet on it). */
export function isReportedAsRepeatedRow(record: RecordView, ctx: RuleContext): boolean {
  return record.earlierRow !== undefined && ctx.isActive('CG303');
}
