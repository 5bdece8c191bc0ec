// What `cyberguru convert` does (its options are in convertCommand.ts): an export (CSV/TSV in any
// encoding, or .xlsx) to a new user list, then the new list is linted. Never writes to the input; the
// output is written atomically.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { stripComments } from 'jsonc-parser';
import { dirname, join, resolve } from 'node:path';
import { findConfigFile, lintText, parseConfig, type ConvertConfig, type CyberGuruConfig, type Problem } from '../lint';
import { problemToJson } from '../lint/output/jsonOutput';
import { TextOutput } from '../lint/output/textOutput';
import { choicesToSave, convertExport, ConvertError, MAPPED_FIELDS, mergeChoices, usernameQuestion, type ConvertChoices, type MappedField } from '../convert';
import { summaryJson, summaryLines } from '../convert/summary';
import { safeWriteFile, stampIfExists } from '../util/safeWrite';
import { saveConvertChoices } from '../util/saveConvertChoices';

const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;
/**
 * Larger inputs are refused: far beyond any company's user list, and, as the editor's limit, safely
 * below what one string can hold once decoded (a 560 MB file failed inside V8 instead).
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface ConvertFlags {
  output: string;
  language?: string;
  country?: string;
  authmode?: string;
  map: string[];
  keep: string[];
  sheet?: string;
  config?: string;
  saveConfig?: boolean;
  format: 'text' | 'json';
}

/** Runs a convert and returns its exit code; a problem with the input or a choice to make is told on stderr (and as JSON with --format json). */
export function convertCommand(input: string, flags: ConvertFlags): number {
  try {
    return runConvert(input, flags);
  } catch (err) {
    if (!(err instanceof ConvertError)) throw err;
    process.stderr.write(`cyberguru convert: ${err.message}\n`);
    if (flags.format === 'json') process.stdout.write(JSON.stringify({ input, error: err.message }) + '\n');
    return EXIT_USAGE;
  }
}

function parseMap(entries: string[]): ConvertChoices['map'] {
  const map: Partial<Record<MappedField, string | string[]>> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const field = entry.slice(0, Math.max(eq, 0)).trim() as MappedField;
    const header = entry.slice(eq + 1);
    if (eq < 0 || !MAPPED_FIELDS.includes(field) || !header.trim()) {
      throw new ConvertError(`--map ${entry}: expected FIELD=HEADER with FIELD one of ${MAPPED_FIELDS.join(', ')}`);
    }
    if (field === 'roles') map.roles = [...((map.roles as string[] | undefined) ?? []), header];
    else map[field] = header;
  }
  return map;
}

function readConfig(path: string): { config: CyberGuruConfig; text: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConvertError(`${path}: cannot read the config file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  // The config may hold comments (`cyberguru init` writes them): read it as JSON with comments.
  const { config, errors } = parseConfig(stripComments(text));
  if (errors.length) throw new ConvertError(`${path}:\n  ${errors.join('\n  ')}`);
  return { config, text };
}

function readInput(input: string): Buffer {
  let size: number;
  try {
    const info = statSync(input);
    if (!info.isFile()) throw new ConvertError(`${input}: not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof ConvertError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConvertError(code === 'ENOENT' ? `${input}: no such file` : `${input}: cannot read it (${code ?? (err as Error).message})`);
  }
  if (size > MAX_INPUT_BYTES) throw new ConvertError(`${input}: ${Math.round(size / 1024 / 1024)} MB is more than the ${MAX_INPUT_BYTES / 1024 / 1024} MB convert reads`);
  return readFileSync(input);
}

/** The output must be a new file or another file than the input (compared after links, and by inode). */
function checkOutput(input: string, output: string): void {
  const inputReal = realpathSync(input);
  let outputStat;
  try {
    outputStat = statSync(output);
  } catch {
    outputStat = undefined;
  }
  if (outputStat) {
    if (outputStat.isDirectory()) throw new ConvertError(`--output ${output}: is a folder; name the new file`);
    if (realpathSync(output) === inputReal || outputStat.ino === statSync(inputReal).ino) {
      throw new ConvertError(`--output ${output} is the input file: convert never writes to the export; name a new file`);
    }
  } else if (resolve(output) === inputReal) {
    throw new ConvertError(`--output ${output} is the input file: convert never writes to the export; name a new file`);
  }
}

function errorCount(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}

function runConvert(input: string, flags: ConvertFlags): number {
  const bytes = readInput(input);
  checkOutput(input, flags.output);
  const configPath = flags.config ?? findConfigFile(input);
  const config = configPath ? readConfig(configPath).config : {};
  const given: ConvertChoices = {
    map: parseMap(flags.map),
    defaults: { language: flags.language, country: flags.country, authmode: flags.authmode },
    keep: flags.keep,
  };
  for (const key of Object.keys(given.defaults!) as (keyof NonNullable<ConvertChoices['defaults']>)[]) if (given.defaults![key] === undefined) delete given.defaults![key];
  const choices = mergeChoices(config.convert as ConvertChoices | undefined, given);
  const outcome = convertExport(bytes, input, choices, config, flags.sheet);
  if (!('text' in outcome)) {
    const question = usernameQuestion(outcome.usernameChoice, 'Name the column with --map username=HEADER');
    process.stderr.write(`cyberguru convert: ${input}: nothing written. ${question}\n`);
    if (flags.format === 'json') {
      process.stdout.write(JSON.stringify({ input, error: 'choose the username column', usernameCandidates: outcome.usernameChoice.candidates.map(({ header, sample }) => ({ header, sample })) }) + '\n');
    }
    return EXIT_USAGE;
  }
  safeWriteFile(flags.output, outcome.text);
  let saved: string | undefined;
  if (flags.saveConfig) {
    saved = flags.config ?? configPath ?? join(dirname(resolve(input)), '.cyberguru.json');
    saveConvertChoices(saved, choicesToSave(choices, outcome.plan) as ConvertConfig);
  }
  const lint = lintText(outcome.text, { config });
  const errors = errorCount(lint.problems);
  if (flags.format === 'json') {
    const problems = lint.problems.map((p) => problemToJson(flags.output, p));
    process.stdout.write(JSON.stringify({ input, output: flags.output, ...summaryJson(outcome.plan, outcome.stats, outcome.readAs), savedConfig: saved ?? null, errors, problems }, null, 1) + '\n');
  } else {
    const lines = summaryLines(outcome.plan, outcome.stats, outcome.readAs);
    if (saved) lines.push(`choices saved to ${saved}`);
    process.stderr.write(`cyberguru convert: ${input} -> ${flags.output}\n${lines.map((l) => `  ${l}\n`).join('')}`);
    const sink = new TextOutput((text) => process.stdout.write(text));
    sink.beginFile();
    sink.problems(flags.output, lint.problems);
    sink.endFile({ file: flags.output, userCount: lint.userCount });
    sink.end();
  }
  return errors > 0 ? EXIT_ERRORS : 0;
}
