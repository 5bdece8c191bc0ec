import type { EmailValidator } from '../../codes/email';
import type { Table } from '../../reader/table';
import { DuplicateCollector, type DuplicateKeys, type RepeatedCell, type ResolvedDuplicates } from './duplicateCollector';
import type { RepeatFinder, RepeatKind, RepeatPair } from './repeatFinder';

const NONE: readonly RepeatPair[] = [];

/**
 * RepeatFinder for a file in memory: keys are collected in file order and resolved after the last
 * row (DuplicateCollector), every match confirmed against the text.
 */
export class ExactRepeats implements RepeatFinder {
  readonly answersEachRow = false;
  private readonly collector: DuplicateCollector;
  private resolved: ResolvedDuplicates | undefined;
  private readonly taken = new Set<RepeatKind>();

  /** table: the whole file's table (in memory there is only one); emails: the lint's validator. */
  constructor(
    private readonly table: () => Table,
    emails: EmailValidator,
  ) {
    this.collector = new DuplicateCollector(table, emails);
  }

  /** Room for the keys of `records` users (an estimate from the text's length). */
  reserve(records: number): void {
    this.collector.reserve(records);
  }

  add(_table: Table, local: number, emailColumn: number, usernameColumn: number): void {
    this.collector.add(local, emailColumn, usernameColumn);
  }

  resolveStep(): boolean {
    if (!this.collector.resolveStep()) return false;
    this.resolved = this.collector.resolve();
    return true;
  }

  takeRepeats(kind: RepeatKind): readonly RepeatPair[] {
    const resolved = this.resolved;
    if (!resolved || this.taken.has(kind)) return NONE;
    this.taken.add(kind);
    const table = this.table();
    if (kind === 'row') {
      return resolved.rows.map(({ record, earlierRecord }) => ({
        local: record,
        column: -1,
        earlierStart: table.recordStart.data[earlierRecord],
        earlierEnd: table.recordEnd.data[earlierRecord],
        wholeRowRepeats: true,
      }));
    }
    const cells: RepeatedCell[] = kind === 'email' ? resolved.emails : resolved.usernames;
    return cells.map(({ cell, earlierCell, record }) => ({
      local: record,
      column: cell - table.recordFirstCell.data[record],
      earlierStart: table.cellStart.data[earlierCell],
      earlierEnd: table.cellEnd.data[earlierCell],
      wholeRowRepeats: resolved.isRepeatedRow(record),
    }));
  }

  /** The keys collected so far, for a part of the file linted on another thread. */
  exportKeys(recordBase: number): DuplicateKeys {
    return this.collector.exportKeys(recordBase);
  }

  adoptKeys(keys: DuplicateKeys, recordShift: number, emailColumn: number, usernameColumn: number): void {
    this.collector.adoptKeys(keys, recordShift, emailColumn, usernameColumn);
  }
}
