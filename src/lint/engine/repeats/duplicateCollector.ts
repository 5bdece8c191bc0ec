import { GrowableInt32, shiftedCopy } from '../../reader/growable';
import type { Table } from '../../reader/table';
import { trimWhitespace } from '../../text/whitespace';
import type { EmailValidator } from '../../codes/email';
import { keyIgnoringCase } from '../../text/caseKey';
import { DeferredKeys } from './deferredKeys';
import { TrimmedCell } from './trimmedCell';
import { hash32 } from './hash32';

/** A cell whose value (trimmed, ignoring case) already appeared in an earlier cell of the column. */
export interface RepeatedCell {
  cell: number;
  earlierCell: number;
  record: number;
}

/** A record whose text repeats an earlier record exactly. */
export interface RepeatedRecord {
  record: number;
  earlierRecord: number;
}

/** The keys a DuplicateCollector collected, as arrays (a part of a file linted on another thread). */
export interface DuplicateKeys {
  emailHashes: Int32Array;
  emailRecords: Int32Array;
  usernameHashes: Int32Array;
  usernameRecords: Int32Array;
  recordsWithoutEmail: Int32Array;
}

export interface ResolvedDuplicates {
  emails: RepeatedCell[];
  usernames: RepeatedCell[];
  rows: RepeatedRecord[];
  isRepeatedRow(record: number): boolean;
}

/**
 * In memory, duplicate e-mails, usernames and rows are found after the last record: keys are
 * collected in file order and resolved once (see DeferredKeys). Identical rows have identical e-mails,
 * so only rows whose e-mail repeats (or is blank) are compared as whole rows.
 */
export class DuplicateCollector {
  // Keys by record: the cell is the record's first cell plus the field's column, the same in every row.
  private readonly emailKeys = new DeferredKeys();
  private readonly usernames = new DeferredKeys();
  private emailColumn = -1;
  private usernameColumn = -1;
  private readonly recordsWithoutEmail = new GrowableInt32(64);
  private resolved: ResolvedDuplicates | undefined;
  private readonly cell = new TrimmedCell();
  private stage = 0;
  private emailEarlier: Int32Array | undefined;
  private usernameEarlier: Int32Array | undefined;

  /** The column the stage being resolved compares (see sameCell). */
  private comparedColumn = -1;

  /**
   * Whether two records hold the same value in comparedColumn (trimmed, ignoring case). One function
   * for every stage: a new closure per stage would make V8 drop the code it optimized for the previous one.
   */
  private readonly sameCell = (a: number, b: number): boolean => {
    const table = this.table();
    const column = this.comparedColumn;
    const first = table.recordFirstCell.data;
    return sameIgnoringCase(trimWhitespace(table.value(first[a] + column)), trimWhitespace(table.value(first[b] + column)));
  };

  /**
   * table: the whole file's table (in memory there is only one). emails: the lint's validator, which
   * keys the address it just judged on the way (keyAt), so most e-mails are not read again here.
   */
  constructor(
    private readonly table: () => Table,
    private readonly emails: EmailValidator,
  ) {}

  /** Room for the keys of `records` users (an estimate from the text's length). */
  reserve(records: number): void {
    this.emailKeys.reserve(records);
    this.usernames.reserve(records);
  }

  /** Notes local record `record`'s keys: its e-mail and username (columns, -1 when the file has none). */
  add(record: number, emailColumn: number, usernameColumn: number): void {
    const table = this.table();
    const cell = this.cell;
    this.emailColumn = emailColumn;
    this.usernameColumn = usernameColumn;
    // The e-mail check keyed the address it just judged (EmailValidator.keyAt): asking is free then.
    if (cell.read(table, record, emailColumn)) this.emailKeys.add(this.emails.keyAt(cell.text, cell.start, cell.end), record);
    else this.recordsWithoutEmail.push(record);
    if (cell.read(table, record, usernameColumn)) this.usernames.add(keyIgnoringCase(cell.text, cell.start, cell.end), record);
  }

  /** The keys collected so far; record numbers minus recordBase. */
  exportKeys(recordBase: number): DuplicateKeys {
    const emails = this.emailKeys.export(recordBase);
    const usernames = this.usernames.export(recordBase);
    return {
      emailHashes: emails.hashes,
      emailRecords: emails.ids,
      usernameHashes: usernames.hashes,
      usernameRecords: usernames.ids,
      recordsWithoutEmail: shiftedCopy(this.recordsWithoutEmail.data.subarray(0, this.recordsWithoutEmail.length), -recordBase),
    };
  }

  /**
   * Adds keys exported from a part of the file whose records follow this table's (shifted by
   * recordShift), read with the same columns.
   */
  adoptKeys(keys: DuplicateKeys, recordShift: number, emailColumn: number, usernameColumn: number): void {
    this.emailColumn = emailColumn;
    this.usernameColumn = usernameColumn;
    this.emailKeys.addAll(keys.emailHashes, keys.emailRecords, recordShift);
    this.usernames.addAll(keys.usernameHashes, keys.usernameRecords, recordShift);
    this.recordsWithoutEmail.append(shiftedCopy(keys.recordsWithoutEmail, recordShift));
  }

  resolve(): ResolvedDuplicates {
    while (!this.resolveStep());
    return this.resolved!;
  }

  /**
   * Does the next stage of resolve (e-mails, usernames, rows: each a pass over at most one key per
   * user), so a time-sliced lint can yield between them. True when everything is resolved.
   */
  resolveStep(): boolean {
    if (this.resolved) return true;
    const table = this.table();
    const sameCell = this.sameCell;
    // E-mails, usernames and rows are separate stages: each is a pass over one key per user.
    if (this.stage === 0) {
      this.comparedColumn = this.emailColumn;
      this.emailEarlier = this.emailKeys.resolve(sameCell);
      this.stage++;
      return false;
    }
    if (this.stage === 1) {
      this.comparedColumn = this.usernameColumn;
      this.usernameEarlier = this.usernames.resolve(sameCell);
      this.stage++;
      return false;
    }
    const emailEarlier = this.emailEarlier!;
    const emailRepeats = this.emailKeys.repeats;
    const first = table.recordFirstCell.data;
    const emailRecords = this.emailKeys.ids.data;
    const emails = repeatedCells(emailRepeats, emailEarlier, emailRecords, first, this.emailColumn);
    const usernames = repeatedCells(this.usernames.repeats, this.usernameEarlier!, this.usernames.ids.data, first, this.usernameColumn);

    // Rows that may repeat a whole earlier row: those without an e-mail, and both rows of each
    // repeated e-mail; hashed in file order, each once.
    const withoutEmail = this.recordsWithoutEmail.length;
    const candidates = new Int32Array(withoutEmail + 2 * emailRepeats.length);
    candidates.set(this.recordsWithoutEmail.data.subarray(0, withoutEmail));
    for (let k = 0; k < emailRepeats.length; k++) {
      const e = emailRepeats[k];
      candidates[withoutEmail + 2 * k] = emailRecords[e];
      candidates[withoutEmail + 2 * k + 1] = emailRecords[emailEarlier[e]];
    }
    candidates.sort();
    const rowKeys = new DeferredKeys();
    for (let k = 0; k < candidates.length; k++) {
      const r = candidates[k];
      if (k > 0 && candidates[k - 1] === r) continue;
      rowKeys.add(hash32(table.text, table.recordStart.data[r], table.recordEnd.data[r]), r);
    }
    const rowEarlier = rowKeys.resolve((a, b) => sameRecordText(table, a, b));
    const rows: RepeatedRecord[] = [];
    const repeated = new Uint8Array(table.recordCount);
    const rowRepeats = rowKeys.repeats;
    for (let i = 0; i < rowRepeats.length; i++) {
      const k = rowRepeats[i];
      const record = rowKeys.ids.data[k];
      rows.push({ record, earlierRecord: rowKeys.ids.data[rowEarlier[k]] });
      repeated[record] = 1;
    }
    this.resolved = { emails, usernames, rows, isRepeatedRow: (record) => repeated[record] === 1 };
    return true;
  }
}

function repeatedCells(repeats: Int32Array, earlier: Int32Array, records: Int32Array, firstCells: Int32Array, column: number): RepeatedCell[] {
  const out: RepeatedCell[] = [];
  for (let i = 0; i < repeats.length; i++) {
    const e = repeats[i];
    const record = records[e];
    out.push({ cell: firstCells[record] + column, earlierCell: firstCells[records[earlier[e]]] + column, record });
  }
  return out;
}

function sameIgnoringCase(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

function sameRecordText(table: Table, a: number, b: number): boolean {
  const aStart = table.recordStart.data[a];
  const bStart = table.recordStart.data[b];
  const length = table.recordEnd.data[a] - aStart;
  if (table.recordEnd.data[b] - bStart !== length) return false;
  return table.text.slice(aStart, aStart + length) === table.text.slice(bStart, bStart + length);
}
