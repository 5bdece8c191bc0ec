export type Delimiter = ',' | ';' | '\t';

/**
 * Picks the delimiter from the header record: the most frequent of comma, semicolon (Excel with an
 * Italian locale) and tab outside quotes. Comma wins ties and single-column headers.
 */
export function detectDelimiter(text: string, start = 0): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let inQuotes = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === 10 || c === 13) break;
    else if (c === 44) commas++;
    else if (c === 59) semicolons++;
    else if (c === 9) tabs++;
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}
