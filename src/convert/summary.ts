// What a conversion did, in words (the CLI's stderr, the editor's notification) and as JSON.
import { FIELD_LABELS } from '../lint/columns/headerAliases';
import type { FieldName } from '../lint';
import type { ConvertStats } from './convertRows';
import type { ConvertPlan } from './planConversion';
import { OUTPUT_FIELDS } from './planConversion';

const CONVERSION_WORDS: Readonly<Record<keyof ConvertStats['converted'], string>> = {
  'surrounding-whitespace': 'surrounding spaces trimmed',
  'language-code': 'languages to ISO 639-1 codes',
  'country-code': 'countries to ISO 3166-1 alpha-2 codes',
  'role-value': 'roles spelled as the platform wants them',
};

function quoted(header: string): string {
  return `"${header.trim()}"`;
}

/** Why each sensitive column was not written; first the ones the admin asked for. */
export function refusedLines(plan: ConvertPlan): string[] {
  return [...plan.refused]
    .sort((a, b) => Number(b.asked) - Number(a.asked))
    .map((r) =>
      r.asked
        ? `${quoted(r.source.header)} was asked for but is not written: it holds ${r.reason}, which the platform must never receive.`
        : `${quoted(r.source.header)} is not written: it holds ${r.reason}.`,
    );
}

export function summaryLines(plan: ConvertPlan, stats: ConvertStats, readAs: string): string[] {
  const lines = [`read as ${readAs}${plan.linesAbove ? `; ${plan.linesAbove} line${plan.linesAbove > 1 ? 's' : ''} above the header skipped` : ''}`];
  const fields = OUTPUT_FIELDS.filter((f) => f !== 'authmode' || plan.writeAuthmode);
  const width = Math.max(...fields.map((f) => FIELD_LABELS[f].length), 5);
  for (const field of fields) {
    const sources = plan.sources[field].map((c) => quoted(c.header)).join(', then ');
    const fallback = field === 'language' || field === 'country' || field === 'authmode' ? plan.defaults[field as 'language'] : undefined;
    const from = [sources, fallback !== undefined ? `default "${fallback}"` : ''].filter(Boolean).join('; ') || 'no column (empty)';
    lines.push(`${FIELD_LABELS[field].padEnd(width)} <- ${from}`);
  }
  for (const column of plan.roles) lines.push(`${'roles'.padEnd(width)} <- ${quoted(column.header)}`);
  for (const kept of plan.kept) lines.push(`${kept.name.padEnd(width)} <- ${quoted(kept.source.header)} (organisation column)`);
  if (plan.dropped.length) lines.push(`dropped: ${plan.dropped.map((c) => (c.header.trim() ? quoted(c.header) : `column ${c.index + 1} (no header)`)).join(', ')}`);
  lines.push(...refusedLines(plan), ...plan.notes);
  const converted = Object.entries(stats.converted).filter(([, n]) => n > 0);
  if (converted.length) lines.push(`converted: ${converted.map(([rule, n]) => `${CONVERSION_WORDS[rule as keyof typeof CONVERSION_WORDS]} (${n})`).join(', ')}`);
  const filled = Object.entries(stats.defaultsFilled).filter(([, n]) => n > 0);
  if (filled.length) lines.push(`defaults: ${filled.map(([field, n]) => `${FIELD_LABELS[field as FieldName]} "${plan.defaults[field as 'language']}" in ${n} row${n > 1 ? 's' : ''}`).join(', ')}`);
  lines.push(`rows: ${stats.rowsIn} in, ${stats.rowsOut} out${stats.blankRowsSkipped ? ` (${stats.blankRowsSkipped} blank skipped)` : ''}`);
  return lines;
}

/** The summary as `--format json` prints it (problems are added by the caller). */
export function summaryJson(plan: ConvertPlan, stats: ConvertStats, readAs: string) {
  const header = (c: { header: string }) => c.header.trim();
  return {
    readAs,
    linesAboveHeader: plan.linesAbove,
    mapping: Object.fromEntries(OUTPUT_FIELDS.map((f) => [f, plan.sources[f].map(header)])),
    roles: plan.roles.map(header),
    kept: plan.kept.map((k) => ({ from: header(k.source), to: k.name })),
    dropped: plan.dropped.map(header),
    sensitive: plan.refused.map((r) => ({ column: header(r.source), reason: r.reason, asked: r.asked })),
    notes: plan.notes,
    converted: stats.converted,
    defaultsFilled: Object.fromEntries(Object.entries(stats.defaultsFilled).map(([f, n]) => [f, { value: plan.defaults[f as 'language'] ?? null, rows: n }])),
    rowsIn: stats.rowsIn,
    rowsOut: stats.rowsOut,
    blankRowsSkipped: stats.blankRowsSkipped,
  };
}
