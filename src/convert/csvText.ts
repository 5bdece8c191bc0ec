/** A field as a CSV writer writes it: quoted when it holds the separator, a quote or a line break, quotes doubled. */
export function csvField(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x2c || c === 0x22 || c === 0x0a || c === 0x0d) return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/** One record, comma-separated, ended with CRLF (RFC 4180). */
export function csvRecord(values: readonly string[]): string {
  let line = csvField(values[0] ?? '');
  for (let i = 1; i < values.length; i++) line += ',' + csvField(values[i]);
  return line + '\r\n';
}
