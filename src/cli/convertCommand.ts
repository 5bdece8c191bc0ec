// `cyberguru convert`: an export (CSV/TSV in any encoding, or .xlsx) to a new user list, then the new
// list is linted. Its options here; the conversion (the converter, the .xlsx reader) is in convertRun.ts,
// a bundle of its own (dist/cliConvert.js) that only a convert run loads.
import { Option, type Command } from 'commander';
import { MAPPED_FIELDS } from '../convert/types';
import type { ConvertFlags } from './convertRun';

const collect = (value: string, previous: string[]) => [...previous, value];

/** Adds `cyberguru convert` to the program. */
export function addConvertCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('convert')
    .description('Turn an export (CSV/TSV in any encoding, or .xlsx) into a Cyber Guru user list, then lint it (exit 0 clean, 1 errors left, 2 usage or I/O error or a choice to make).')
    .argument('<input>', 'the export: .csv, .tsv, .txt or .xlsx')
    .requiredOption('--output <file>', 'the new user list (UTF-8, comma-separated); never the input')
    .option('--language <code>', 'language for users without one (ISO 639-1, e.g. it)')
    .option('--country <code>', 'country for users without one (ISO 3166-1 alpha-2, e.g. IT)')
    .addOption(new Option('--authmode <mode>', 'Authmode for users without one: 0 credentials, 1 SSO').choices(['0', '1']))
    .option('--map <FIELD=HEADER>', `fill FIELD (${MAPPED_FIELDS.join(', ')}) from the column HEADER (repeatable)`, collect, [])
    .option('--keep <HEADER>', 'also write this column as an organisation column (repeatable)', collect, [])
    .option('--sheet <name>', 'the sheet of an .xlsx workbook (default: the first)')
    .option('--config <file>', '.cyberguru.json to use (default: the nearest one above the input)')
    .option('--save-config', 'save the mapping, defaults and kept columns to .cyberguru.json (convert)')
    .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .action((input: string, flags: ConvertFlags) => {
      const { convertCommand } = require('./convertRun') as typeof import('./convertRun');
      setExitCode(convertCommand(input, flags));
    });
}

