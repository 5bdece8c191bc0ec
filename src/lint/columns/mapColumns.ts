import type { ColumnField, ColumnInfo, CyberGuruConfig, FieldName, Range } from '../types';
import type { RelatedValue } from './exportAliases';
import { ROLE_LIKE_HEADER } from './headerAliases';
import { headerParts } from './headerLabel';
import { recognizeHeader } from './recognizeHeader';
import type { SensitiveCategory } from './sensitiveColumns';

export const REQUIRED_FIELDS: readonly FieldName[] = ['firstName', 'lastName', 'email', 'language', 'username', 'country'];

export interface HeaderCell {
  header: string;
  range: Range;
}

/** How the header maps to platform fields, with the column indexes each rule needs. */
export interface ColumnMap {
  columns: ColumnInfo[];
  /** Columns mapped to each field, in header order (more than one is a CG102 problem). */
  fieldColumns: Record<FieldName, number[]>;
  roleColumns: number[];
  /** Organization columns the import would accept (not related values, not sensitive data). */
  organizationColumns: number[];
  /** Columns holding a value related to a field (UPN, usageLocation...): never mapped silently. */
  relatedColumns: { index: number; related: RelatedValue }[];
  /** Columns of sensitive data the platform must not receive (CG107); never organization columns. */
  sensitiveColumns: { index: number; category: SensitiveCategory }[];
  /** Role-like headers not spelled exactly `roles` (CG104); their values are checked as roles. */
  misspelledRoleColumns: number[];
  /** Index of the configured team column, or -1. */
  teamColumn: number;
  requiredFields: FieldName[];
  /** For each required field, its first column or -1 (parallel to requiredFields). */
  requiredColumns: number[];
}

/** Organization header as the platform accepts it: letters, digits and `_` only ('Età media' -> 'Eta_media'). */
export function sanitizeOrganizationName(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A related value or sensitive column: not offered as an organization column (CG103 leaves it alone). */
function isSetAside(map: ColumnMap, index: number): boolean {
  return map.relatedColumns.some((c) => c.index === index) || map.sensitiveColumns.some((c) => c.index === index);
}

/**
 * The config's `columns` by trimmed, lower-cased header name (the first entry wins, as when they were
 * searched in order). Built once per header row: a lookup per header instead of a scan of every entry
 * (20,000 entries x 2,000 headers took 27 s).
 */
function configuredFields(config: CyberGuruConfig): Map<string, ColumnField> {
  const fields = new Map<string, ColumnField>();
  for (const [name, field] of Object.entries(config.columns ?? {})) {
    const key = name.trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, field);
  }
  return fields;
}

function sameTeamColumn(header: string, teamColumn: string): boolean {
  const a = header.trim().toLowerCase();
  const b = teamColumn.trim().toLowerCase();
  // 'Department [department]' of an export is the team column 'Department'.
  const label = headerParts(a).label;
  return a === b || sanitizeOrganizationName(a) === sanitizeOrganizationName(b) || (label !== a && label === b);
}

/** True when the column holds sensitive data (CG107): other rules do not repeat its values. */
export function isSensitiveColumn(map: ColumnMap, index: number): boolean {
  return map.sensitiveColumns.some((c) => c.index === index);
}

/** Maps header cells: config first, then exact `roles`, role-like labels, known field names; the rest are organization columns. */
export function mapColumns(cells: HeaderCell[], config: CyberGuruConfig): ColumnMap {
  const map: ColumnMap = {
    columns: [],
    fieldColumns: { firstName: [], lastName: [], email: [], language: [], username: [], country: [], authmode: [] },
    roleColumns: [],
    organizationColumns: [],
    relatedColumns: [],
    sensitiveColumns: [],
    misspelledRoleColumns: [],
    teamColumn: -1,
    requiredFields: config.requireAuthmode ? [...REQUIRED_FIELDS, 'authmode'] : [...REQUIRED_FIELDS],
    requiredColumns: [],
  };
  const configured = configuredFields(config);
  cells.forEach(({ header, range }, index) => {
    const trimmed = header.trim();
    let field = configured.get(trimmed.toLowerCase());
    const isConfigured = field !== undefined;
    if (!field) {
      if (trimmed === 'roles') field = 'roles';
      else if (ROLE_LIKE_HEADER.test(trimmed)) {
        field = 'roles';
        map.misspelledRoleColumns.push(index);
      } else if (trimmed === '') field = 'organization';
      else {
        const recognition = recognizeHeader(trimmed);
        field = recognition.field ?? 'organization';
        if (recognition.related) map.relatedColumns.push({ index, related: recognition.related });
        if (recognition.sensitive) map.sensitiveColumns.push({ index, category: recognition.sensitive });
      }
    }
    map.columns.push({ index, header, range, field });
    if (field === 'roles') map.roleColumns.push(index);
    else if (field === 'organization') {
      if (isConfigured || !isSetAside(map, index)) map.organizationColumns.push(index);
    } else map.fieldColumns[field].push(index);
    if (config.teamColumn && map.teamColumn < 0 && trimmed && sameTeamColumn(trimmed, config.teamColumn)) map.teamColumn = index;
  });
  map.requiredColumns = map.requiredFields.map((field) => map.fieldColumns[field][0] ?? -1);
  return map;
}
