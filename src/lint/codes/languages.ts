/** Name of an ISO 639-1 language in the display locale ('it','it' -> 'italiano'). */
export function languageName(_code: string, _displayLocale: string): string | undefined {
  return undefined;
}
