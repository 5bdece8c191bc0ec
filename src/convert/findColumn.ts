import { ConvertError } from './errors';
import { headerParts } from '../lint/columns';
import type { SourceColumn } from './types';

/** The column a header names: as written (ignoring case and surrounding spaces), its label, or its bracketed attribute. */
export function findColumn(columns: readonly SourceColumn[], name: string, asked: string): SourceColumn {
  const wanted = name.trim().toLowerCase();
  const exact = columns.find((c) => c.header.trim().toLowerCase() === wanted);
  if (exact) return exact;
  const byPart = columns.find((c) => {
    const { label, attribute } = headerParts(c.header);
    return label.toLowerCase() === wanted || attribute?.toLowerCase() === wanted;
  });
  if (byPart) return byPart;
  const headers = columns.filter((c) => c.header.trim()).map((c) => `"${c.header.trim()}"`);
  throw new ConvertError(`${asked}: the export has no column "${name}" (its columns: ${headers.join(', ')})`);
}
