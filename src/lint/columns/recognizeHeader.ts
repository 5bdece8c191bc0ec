// What a header cell is: a platform field, a related value the admin may choose to use, sensitive data
// that must not be uploaded, or none of these (an organization column). The bracketed attribute of an
// export header decides first, because it is exact ('User name [userPrincipalName]' is a UPN, not the
// platform's Username), then the label, then the header as written.
import type { FieldName } from '../types';
import { EXPORT_ALIASES, relatedValueFor, type RelatedValue } from './exportAliases';
import { fieldForHeader, normalizeHeader } from './headerAliases';
import { headerParts, type HeaderParts } from './headerLabel';
import { sensitiveCategoryOf, type SensitiveCategory } from './sensitiveColumns';

export interface HeaderRecognition {
  parts: HeaderParts;
  /** The platform field the header names, or undefined. */
  field: FieldName | undefined;
  /** A related value (UPN, usageLocation, preferredLanguage...), never mapped silently. */
  related: RelatedValue | undefined;
  /** Sensitive data the platform never needs. */
  sensitive: SensitiveCategory | undefined;
}

const byExportAlias = new Map<string, FieldName>(
  (Object.entries(EXPORT_ALIASES) as [FieldName, readonly string[]][]).flatMap(([field, aliases]) => aliases.map((a) => [a, field] as const)),
);

/** The platform field of a normalised name, from the platform's own spellings or the export aliases. */
export function fieldForNormalized(normalized: string): FieldName | undefined {
  return fieldForHeader(normalized) ?? byExportAlias.get(normalized);
}

export function recognizeHeader(header: string): HeaderRecognition {
  const parts = headerParts(header);
  const candidates = [parts.attribute, parts.label, header].filter((c): c is string => c !== undefined && c.trim() !== '');
  for (const candidate of candidates) {
    const normalized = normalizeHeader(candidate);
    const field = fieldForNormalized(normalized);
    if (field) return { parts, field, related: undefined, sensitive: undefined };
    const related = relatedValueFor(normalized);
    if (related) return { parts, field: undefined, related, sensitive: undefined };
    const sensitive = sensitiveCategoryOf(normalized);
    if (sensitive) return { parts, field: undefined, related: undefined, sensitive };
  }
  return { parts, field: undefined, related: undefined, sensitive: undefined };
}
