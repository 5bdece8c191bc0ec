// Public surface of the converter: an export (CSV/TSV in any encoding, or .xlsx) to a Cyber Guru user
// list. Pure: no `vscode`, no file system; the CLI and the editor read and write the files.
import type { CyberGuruConfig } from '../lint';
import { convertAllRows, RowConverter, type ConvertStats } from './convertRows';
import { planConversion, type ConvertPlan, type UsernameChoice } from './planConversion';
import { readExport } from './readExport';
import type { SourceRows } from './sourceRows';
import type { ConvertChoices } from './types';

export { ConvertError } from './errors';
export { isWorkbookName } from './readExport';
export type { ConvertPlan, UsernameChoice } from './planConversion';
export type { ConvertStats, ConvertCounts } from './convertRows';
export type { ConvertChoices, ConvertDefaults, MappedField, UsernameCandidate } from './types';
export { MAPPED_FIELDS } from './types';
export { LineCollector, RowConverter } from './convertRows';

export interface ReadAndPlan {
  rows: SourceRows;
  readAs: string;
  plan?: ConvertPlan;
  usernameChoice?: UsernameChoice;
}

/** Reads the export and plans its conversion (ConvertError when it cannot be read or the request is impossible). */
export function readAndPlan(bytes: Uint8Array, fileName: string, choices: ConvertChoices, config: CyberGuruConfig, sheet?: string): ReadAndPlan {
  const { rows, readAs } = readExport(bytes, fileName, sheet);
  return { rows, readAs, ...planConversion(rows, choices, config) };
}

export interface Converted {
  text: string;
  plan: ConvertPlan;
  stats: ConvertStats;
  readAs: string;
}

/** The whole conversion in one call; `usernameChoice` instead of text when the username must be chosen. */
export function convertExport(
  bytes: Uint8Array,
  fileName: string,
  choices: ConvertChoices,
  config: CyberGuruConfig,
  sheet?: string,
): Converted | { usernameChoice: UsernameChoice; readAs: string } {
  const read = readAndPlan(bytes, fileName, choices, config, sheet);
  if (!read.plan) return { usernameChoice: read.usernameChoice!, readAs: read.readAs };
  return { ...convertAllRows(read.rows, read.plan), plan: read.plan, readAs: read.readAs };
}

/** The username question in words, with each candidate and a sample value. */
export function usernameQuestion(choice: UsernameChoice, howToAnswer: string): string {
  const lead = choice.ambiguous
    ? 'Several columns could be the username, and the username cannot be changed after import.'
    : 'No column is clearly the username, and the username cannot be changed after import (for SSO it must be the value your identity provider sends, such as the object ID).';
  if (choice.candidates.length === 0) return `${lead} No column looks like an identifier either: ${howToAnswer}.`;
  const list = choice.candidates.map((c) => `  ${c.header}${c.sample ? ` (e.g. "${c.sample}")` : ' (empty)'}`).join('\n');
  return `${lead} ${howToAnswer}. Candidates:\n${list}`;
}

/**
 * What `.cyberguru.json` keeps (`convert`) so that the next export of the same kind converts with no
 * flags: the choices made, and always the username column (recognised headers map by themselves).
 */
export function choicesToSave(choices: ConvertChoices, plan: ConvertPlan): ConvertChoices {
  const map = { ...(choices.map ?? {}), username: choices.map?.username ?? plan.sources.username[0].header.trim() };
  const saved: ConvertChoices = { map };
  if (choices.defaults && Object.keys(choices.defaults).length) saved.defaults = { ...plan.defaults };
  if (choices.keep?.length) saved.keep = [...choices.keep];
  return saved;
}

/** The config's `convert` choices with the ones given now on top (a field mapped now replaces the saved one; kept columns add up). */
export function mergeChoices(saved: ConvertChoices | undefined, given: ConvertChoices): ConvertChoices {
  const keep = [...(saved?.keep ?? []), ...(given.keep ?? [])];
  return {
    map: { ...(saved?.map ?? {}), ...(given.map ?? {}) },
    defaults: { ...(saved?.defaults ?? {}), ...(given.defaults ?? {}) },
    keep: keep.filter((name, i) => keep.findIndex((other) => other.trim().toLowerCase() === name.trim().toLowerCase()) === i),
  };
}

export { readExport } from './readExport';
export { planConversion } from './planConversion';
export type { SourceRows } from './sourceRows';
export { summaryLines } from './summary';
