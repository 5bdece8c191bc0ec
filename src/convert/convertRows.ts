// Fills the new list's rows from the export, following a plan: values trimmed, language and country
// codes from tags and names, roles spelled as the platform wants them, defaults where a value is missing.
import { FIELD_LABELS } from '../lint/columns/headerAliases';
import { suggestCountryCode } from '../lint/codes/countries';
import { suggestLanguageCode } from '../lint/codes/languages';
import { suggestRole } from '../lint/codes/roles';
import type { FieldName } from '../lint';
import { csvField, csvRecord } from './csvText';
import { OUTPUT_FIELDS, type ConvertPlan } from './planConversion';
import type { SourceRows } from './sourceRows';

/** Counts of values changed, by the lint rule each change satisfies. */
export interface ConvertCounts {
  'surrounding-whitespace': number;
  'language-code': number;
  'country-code': number;
  'role-value': number;
}

export interface ConvertStats {
  /** Data records below the header, blank ones included. */
  rowsIn: number;
  rowsOut: number;
  blankRowsSkipped: number;
  converted: ConvertCounts;
  /** Cells filled from --language, --country, --authmode (or the config's defaults), by field. */
  defaultsFilled: { language: number; country: number; authmode: number };
}

const LABEL_OF: Readonly<Record<FieldName, string>> = FIELD_LABELS;

/** A lookup that remembers its answers: an export repeats a handful of language and country values. */
function remembered(lookup: (value: string) => string | undefined): (value: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (value) => {
    if (cache.has(value)) return cache.get(value);
    const answer = lookup(value);
    cache.set(value, answer);
    return answer;
  };
}

export class RowConverter {
  readonly stats: ConvertStats = {
    rowsIn: 0,
    rowsOut: 0,
    blankRowsSkipped: 0,
    converted: { 'surrounding-whitespace': 0, 'language-code': 0, 'country-code': 0, 'role-value': 0 },
    defaultsFilled: { language: 0, country: 0, authmode: 0 },
  };
  private readonly fields: FieldName[];
  private readonly languageCode = remembered(suggestLanguageCode);
  private readonly countryCode = remembered(suggestCountryCode);
  private readonly role = remembered(suggestRole);

  constructor(
    private readonly rows: SourceRows,
    private readonly plan: ConvertPlan,
  ) {
    this.fields = OUTPUT_FIELDS.filter((f) => f !== 'authmode' || plan.writeAuthmode);
  }

  /** The first data record and the end of the records. */
  get dataRange(): { from: number; to: number } {
    return { from: this.plan.headerRecord + 1, to: this.rows.recordCount };
  }

  headerLine(): string {
    return csvRecord([...this.fields.map((f) => LABEL_OF[f]), ...this.plan.roles.map(() => 'roles'), ...this.plan.kept.map((k) => k.name)]);
  }

  private trimmed(record: number, column: number): string {
    const raw = this.rows.value(record, column);
    const value = raw.trim();
    if (value.length !== raw.length) this.stats.converted['surrounding-whitespace']++;
    return value;
  }

  private fieldValue(record: number, field: FieldName): string {
    let unconverted = '';
    for (const column of this.plan.sources[field]) {
      const value = this.trimmed(record, column.index);
      if (!value) continue;
      if (field === 'language' || field === 'country') {
        const code = field === 'language' ? this.languageCode(value) : this.countryCode(value);
        if (code === undefined) {
          unconverted ||= value;
          continue;
        }
        if (code !== value) this.stats.converted[field === 'language' ? 'language-code' : 'country-code']++;
        return code;
      }
      return value;
    }
    if (unconverted) return unconverted;
    if (field === 'language' || field === 'country' || field === 'authmode') {
      const fallback = this.plan.defaults[field];
      if (fallback !== undefined) {
        this.stats.defaultsFilled[field]++;
        return fallback;
      }
    }
    return '';
  }

  private roleValue(record: number, column: number): string {
    const value = this.trimmed(record, column);
    const role = value ? this.role(value) : undefined;
    if (role === undefined || role === value) return value;
    this.stats.converted['role-value']++;
    return role;
  }

  /** The record as a line of the new list, or '' for a blank record (not a user). */
  convertRecord(record: number): string {
    this.stats.rowsIn++;
    if (this.rows.isBlank(record)) {
      this.stats.blankRowsSkipped++;
      return '';
    }
    // The line is built field by field, without an array per row: fewer objects for the collector.
    const fields = this.fields;
    let line = csvField(this.fieldValue(record, fields[0]));
    for (let i = 1; i < fields.length; i++) line += ',' + csvField(this.fieldValue(record, fields[i]));
    for (const column of this.plan.roles) line += ',' + csvField(this.roleValue(record, column.index));
    for (const kept of this.plan.kept) line += ',' + csvField(this.trimmed(record, kept.source.index));
    this.stats.rowsOut++;
    return line + '\r\n';
  }
}

/** Lines joined per this many: see LineCollector. */
const LINES_PER_CHUNK = 1024;

/**
 * Collects the new list's lines. Each line is a chain of small strings; kept until the end, 100,000 of
 * them outlive the collector's young generation and are copied and promoted (garbage collection took
 * two thirds of the conversion's time in a CPU profile). Joined into one flat string every thousand
 * lines, they die young instead.
 */
export class LineCollector {
  private readonly chunks: string[] = [];
  private lines: string[] = [];

  add(line: string): void {
    this.lines.push(line);
    if (this.lines.length === LINES_PER_CHUNK) {
      this.chunks.push(this.lines.join(''));
      this.lines = [];
    }
  }

  text(): string {
    return this.chunks.join('') + this.lines.join('');
  }
}

/** The whole new list as text, with its counts. */
export function convertAllRows(rows: SourceRows, plan: ConvertPlan): { text: string; stats: ConvertStats } {
  const converter = new RowConverter(rows, plan);
  const lines = new LineCollector();
  lines.add(converter.headerLine());
  const { from, to } = converter.dataRange;
  for (let r = from; r < to; r++) {
    const line = converter.convertRecord(r);
    if (line) lines.add(line);
  }
  return { text: lines.text(), stats: converter.stats };
}
