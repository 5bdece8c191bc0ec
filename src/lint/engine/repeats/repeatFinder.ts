import type { ColumnMap } from '../../columns/mapColumns';
import type { Table } from '../../reader/table';

export type RepeatKind = 'email' | 'username' | 'row';

/** A row whose key repeats an earlier row's: table-local record, and global offsets of the earlier cell or row. */
export interface RepeatPair {
  local: number;
  /** The column compared (-1 for a whole row). */
  column: number;
  earlierStart: number;
  earlierEnd: number;
  wholeRowRepeats: boolean;
}

/** The columns a row's keys are read from: the first e-mail and username columns (-1 when there is none). */
export function keyColumns(columns: ColumnMap): { email: number; username: number } {
  const { email, username } = columns.fieldColumns;
  return { email: email.length > 0 ? email[0] : -1, username: username.length > 0 ? username[0] : -1 };
}

/**
 * "This value was seen before", for the duplicate rules (CG301-CG303): one interface, two
 * implementations. ExactRepeats (in memory) collects keys and answers after the last row, every match
 * confirmed against the text; HashedRepeats (streaming) answers row by row from 64-bit hashes, since
 * the earlier text is gone. Either way the rules get the same pairs through takeRepeats.
 */
export interface RepeatFinder {
  /** True when takeRepeats answers about the row just added (streaming); else only after the last row. */
  readonly answersEachRow: boolean;
  /**
   * Notes a data row's keys: its e-mail and username, by column (-1 when the file has no such column).
   * A row too short to have the cell, or a blank cell, has no key.
   */
  add(table: Table, local: number, emailColumn: number, usernameColumn: number): void;
  /** Does the next stage of the work left for after the last row; true when done. */
  resolveStep(): boolean;
  /** The repeats of one kind found and not yet taken (streaming: the current row's; in memory: all, once resolved). */
  takeRepeats(kind: RepeatKind): readonly RepeatPair[];
}
