// Decides, before any row is converted, where each column of the new list comes from. The username is
// never guessed: without one clear column the plan is a choice to make, with the candidates.
import { sanitizeOrganizationName } from '../lint/columns/mapColumns';
import { fieldForHeader, ROLE_LIKE_HEADER } from '../lint/columns/headerAliases';
import { suggestCountryCode } from '../lint/codes/countries';
import { suggestLanguageCode } from '../lint/codes/languages';
import type { CyberGuruConfig, FieldName } from '../lint';
import { ConvertError } from './errors';
import { findColumn } from './findColumn';
import { findHeaderRecord } from './findHeader';
import { headerParts } from '../lint/columns';
import { isRoleLike, isUsernameCandidate, recogniseHeader, recognizeHeader, sensitiveReason } from './recogniseHeaders';
import type { SourceRows } from './sourceRows';
import type { ConvertChoices, ConvertDefaults, KeptColumn, MappedField, RefusedColumn, SourceColumn, UsernameCandidate } from './types';

export const OUTPUT_FIELDS: readonly FieldName[] = ['firstName', 'lastName', 'email', 'language', 'username', 'country', 'authmode'];

export interface ConvertPlan {
  /** The record holding the header; records above it are lines an export writes before its header. */
  headerRecord: number;
  linesAbove: number;
  columns: SourceColumn[];
  /** Per field, the columns to fill it from, best first (the next is used where one is empty). */
  sources: Record<FieldName, SourceColumn[]>;
  roles: SourceColumn[];
  kept: KeptColumn[];
  dropped: SourceColumn[];
  refused: RefusedColumn[];
  writeAuthmode: boolean;
  defaults: ConvertDefaults;
  /** Things the admin should know about the mapping (a role-like column left out, a kept column already written). */
  notes: string[];
}

export interface UsernameChoice {
  /** Columns recognised as username (several) or that could serve as one (none recognised). */
  candidates: UsernameCandidate[];
  /** Several columns name the username; otherwise none does. */
  ambiguous: boolean;
  /** Every column that may be chosen (all but the sensitive ones), for a choice beyond the candidates. */
  choosable: string[];
}

export type PlanResult = { plan: ConvertPlan; usernameChoice?: undefined } | { plan?: undefined; usernameChoice: UsernameChoice };

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function checkedDefaults(defaults: ConvertDefaults): ConvertDefaults {
  const checked: ConvertDefaults = {};
  if (defaults.language !== undefined) {
    const code = suggestLanguageCode(defaults.language);
    if (!code) throw new ConvertError(`--language: "${defaults.language}" is not a language the platform knows (use an ISO 639-1 code such as it or en)`);
    checked.language = code;
  }
  if (defaults.country !== undefined) {
    const code = suggestCountryCode(defaults.country);
    if (!code) throw new ConvertError(`--country: "${defaults.country}" is not a country the platform knows (use an ISO 3166-1 alpha-2 code such as IT or GB)`);
    checked.country = code;
  }
  if (defaults.authmode !== undefined) {
    if (defaults.authmode !== '0' && defaults.authmode !== '1') throw new ConvertError(`--authmode: "${defaults.authmode}" must be 0 (login with credentials) or 1 (SSO login)`);
    checked.authmode = defaults.authmode;
  }
  return checked;
}

function sampleValue(rows: SourceRows, from: number, column: number): string {
  for (let r = from; r < rows.recordCount && r < from + 1000; r++) {
    const value = rows.value(r, column).trim();
    if (value) return value;
  }
  return '';
}

/** A valid organisation column name that the linter will not take for a platform field or a role column. */
function organisationName(header: string, index: number, taken: Set<string>): string {
  const base = sanitizeOrganizationName(headerParts(header).label) || sanitizeOrganizationName(header) || `Column_${index + 1}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()) || fieldForHeader(name) || ROLE_LIKE_HEADER.test(name); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Plans the conversion of an export; a ConvertError for an impossible request (unknown header, sensitive column asked for). */
export function planConversion(rows: SourceRows, choices: ConvertChoices, config: CyberGuruConfig): PlanResult {
  const headerRecord = findHeaderRecord(rows);
  if (headerRecord < 0) throw new ConvertError('the export is empty: it has no header and no users');
  const columns: SourceColumn[] = [];
  for (let c = 0; c < rows.cellCount(headerRecord); c++) columns.push({ index: c, header: rows.value(headerRecord, c) });
  let linesAbove = 0;
  for (let r = 0; r < headerRecord; r++) if (!rows.isBlank(r)) linesAbove++;

  const recognitions = columns.map((c) => recognizeHeader(c.header));
  const sensitive = new Map(columns.map((c) => [c.index, sensitiveReason(recognitions[c.index])] as const).filter((e): e is [number, string] => e[1] !== undefined));
  const refusedAsked = new Set<number>();
  const notes: string[] = [];
  const refuseIfSensitive = (column: SourceColumn, asked: string) => {
    const reason = sensitive.get(column.index);
    if (reason) throw new ConvertError(`${asked}: "${column.header.trim()}" holds ${reason}, which must never reach the platform; choose another column`);
  };

  // Explicit choices first (flags or the editor's answers), then `convert.map`, then the lint mapping of `.cyberguru.json`.
  const chosen = new Map<MappedField, SourceColumn[]>();
  for (const [field, names] of Object.entries(choices.map ?? {}) as [MappedField, string | string[]][]) {
    const found = asList(names).map((name) => findColumn(columns, name, `--map ${field}=${name}`));
    for (const column of found) refuseIfSensitive(column, `--map ${field}=${column.header.trim()}`);
    chosen.set(field, found);
  }
  const configured = new Map<MappedField, SourceColumn[]>();
  for (const [header, field] of Object.entries(config.columns ?? {})) {
    if (field === 'organization') continue;
    const column = columns.find((c) => c.header.trim().toLowerCase() === header.trim().toLowerCase());
    if (column && !sensitive.has(column.index)) configured.set(field, [...(configured.get(field) ?? []), column]);
  }

  const recognised = new Map<MappedField, { column: SourceColumn; rank: number }[]>();
  for (const column of columns) {
    if (sensitive.has(column.index)) continue;
    const { field, rank } = recogniseHeader(column.header, recognitions[column.index]);
    if (field) recognised.set(field, [...(recognised.get(field) ?? []), { column, rank }]);
  }
  const recognisedColumns = (field: MappedField) =>
    (recognised.get(field) ?? []).sort((a, b) => a.rank - b.rank || a.column.index - b.column.index).map((e) => e.column);

  const usernameColumns = chosen.get('username') ?? configured.get('username') ?? recognisedColumns('username');
  if (usernameColumns.length !== 1) {
    const pool = usernameColumns.length > 1 ? usernameColumns : columns.filter((c) => !sensitive.has(c.index) && isUsernameCandidate(recognitions[c.index]));
    return {
      usernameChoice: {
        ambiguous: usernameColumns.length > 1,
        choosable: columns.filter((c) => !sensitive.has(c.index) && c.header.trim()).map((c) => c.header.trim()),
        candidates: pool.map((c) => ({ ...c, header: c.header.trim(), sample: sampleValue(rows, headerRecord + 1, c.index) })),
      },
    };
  }

  const sources = {} as Record<FieldName, SourceColumn[]>;
  for (const field of OUTPUT_FIELDS) {
    sources[field] = field === 'username' ? usernameColumns : (chosen.get(field) ?? configured.get(field) ?? recognisedColumns(field));
  }
  const roles = chosen.get('roles') ?? configured.get('roles') ?? recognisedColumns('roles');

  const used = new Set<number>([...Object.values(sources).flat(), ...roles].map((c) => c.index));
  const kept: KeptColumn[] = [];
  const taken = new Set<string>();
  const keepNames = [...(choices.keep ?? []), ...(config.teamColumn ? [config.teamColumn] : [])];
  for (const [i, name] of keepNames.entries()) {
    const fromTeam = i >= (choices.keep ?? []).length;
    let column: SourceColumn;
    try {
      column = findColumn(columns, name, fromTeam ? 'teamColumn in .cyberguru.json' : `--keep ${name}`);
    } catch (err) {
      if (!fromTeam) throw err;
      notes.push(`The team column "${name}" (teamColumn in .cyberguru.json) is not in this export.`);
      continue;
    }
    if (sensitive.has(column.index)) {
      refusedAsked.add(column.index);
      continue;
    }
    if (used.has(column.index)) {
      if (!kept.some((k) => k.source.index === column.index)) notes.push(`"${column.header.trim()}" is already written as a platform column; not kept a second time.`);
      continue;
    }
    used.add(column.index);
    kept.push({ source: column, name: organisationName(column.header, column.index, taken) });
  }

  const refused: RefusedColumn[] = [...sensitive].map(([index, reason]) => ({ source: columns[index], reason, asked: refusedAsked.has(index) }));
  const dropped = columns.filter((c) => !used.has(c.index) && !sensitive.has(c.index));
  if (sources.email.length === 0) {
    const upn = columns.find((c) => recognitions[c.index].related?.kind === 'upn');
    if (upn) notes.push(`No e-mail column: "${upn.header.trim()}" holds user principal names, often the e-mail address; if they are, use --map email="${headerParts(upn.header).attribute ?? upn.header.trim()}".`);
  }
  for (const column of dropped) {
    if (isRoleLike(column.header) && column.header.trim() !== 'roles') {
      notes.push(`"${column.header.trim()}" may hold platform roles or a job title: it was left out; if it holds roles, map it with --map roles="${column.header.trim()}".`);
    }
  }
  const defaults = checkedDefaults(choices.defaults ?? {});
  return {
    plan: {
      headerRecord,
      linesAbove,
      columns,
      sources,
      roles,
      kept,
      dropped,
      refused,
      writeAuthmode: Boolean(config.requireAuthmode) || sources.authmode.length > 0 || defaults.authmode !== undefined,
      defaults,
      notes,
    },
  };
}
