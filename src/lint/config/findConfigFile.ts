export const CONFIG_FILE_NAME = '.cyberguru.json';

/** Searches upward from the CSV's folder for `.cyberguru.json` (CLI; the editor uses workspace APIs). */
export function findConfigFile(_csvPath: string): string | undefined {
  return undefined;
}
