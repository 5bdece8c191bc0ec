/** Name of an ISO 3166-1 alpha-2 country in the display locale ('IT','it' -> 'Italia'). */
export function countryName(_code: string, _displayLocale: string): string | undefined {
  return undefined;
}
