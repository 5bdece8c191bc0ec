import { Option, type Command } from 'commander';
import { BoundedReadError, readBoundedFile } from '../util/boundedRead';
import { MAX_BASELINE_BYTES } from '../lint/baseline/baselineFile';
import { findConfigFile, parseConfig, type CyberGuruConfig } from '../lint';
import { decodeListBytes, diffImport, formatDiffJson, formatDiffText, readBaselineBytes, readUserList } from '../lint/baseline';
import { terminalLines, terminalText } from '../util/terminalText';

/** Exit codes, as in main.ts: 0 no username change, 1 username changes, 2 usage or I/O error. */
const EXIT_USERNAME_CHANGES = 1;
const EXIT_USAGE = 2;

interface DiffFlags {
  format: 'text' | 'json';
  config?: string;
}

/** Adds `cyberguru diff` to the program. */
export function addDiffCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('diff')
    .description('Preview what importing a list changes against a baseline (exit 0 no username changes, 1 username changes, 2 usage or I/O error).')
    .argument('<baseline>', 'the users the platform has: its export of current users, or the last list imported')
    .argument('<list>', 'the list to import')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--config <file>', '.cyberguru.json to use (default: the nearest one above the list)')
    .action((baselineFile: string, listFile: string, flags: DiffFlags) => {
      try {
        setExitCode(runDiff(baselineFile, listFile, flags));
      } catch (err) {
        if (!(err instanceof DiffUsageError)) throw err;
        process.stderr.write(`cyberguru diff: ${terminalLines(err.message)}\n`);
        setExitCode(EXIT_USAGE);
      }
    });
}

class DiffUsageError extends Error {}

function runDiff(baselineFile: string, listFile: string, flags: DiffFlags): number {
  const configPath = flags.config ?? findConfigFile(listFile);
  const config = configPath ? readConfig(configPath) : {};
  const baseline = readBaselineBytes(readBytes(baselineFile), baselineFile, config);
  const list = readUserList(decodeListBytes(readBytes(listFile)).text, config);
  // A repeated key in the baseline is not fatal: the first user with it is the one compared.
  for (const d of baseline.duplicates) {
    process.stderr.write(`cyberguru diff: ${terminalText(baselineFile)}: the ${d.kind === 'email' ? 'e-mail' : 'username'} "${terminalText(d.value)}" is on lines ${d.lines.join(', ')}; line ${d.lines[0]} is compared\n`);
  }
  const diff = diffImport(baseline, list);
  // Cells and file names may hold terminal controls: the text output shows them as visible escapes.
  process.stdout.write(flags.format === 'json' ? formatDiffJson(diff) : terminalLines(formatDiffText(diff, listFile, baselineFile)));
  return diff.usernameChanged.length > 0 ? EXIT_USERNAME_CHANGES : 0;
}

/** The most read of a list or a config given to diff (a baseline has the same bound). */
const MAX_INPUT_BYTES = MAX_BASELINE_BYTES;

function readBytes(file: string): Buffer {
  try {
    return readBoundedFile(file, MAX_INPUT_BYTES);
  } catch (err) {
    if (err instanceof BoundedReadError) {
      throw new DiffUsageError(`${file}: ${err.reason === 'too-large' ? `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB` : 'not a regular file'}`);
    }
    const code = (err as NodeJS.ErrnoException).code;
    throw new DiffUsageError(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: not a file` : `${file}: cannot read it (${code ?? (err as Error).message})`);
  }
}

function readConfig(path: string): CyberGuruConfig {
  const { config, errors } = parseConfig(readBytes(path).toString('utf8'));
  if (errors.length) throw new DiffUsageError(`${path}:\n  ${errors.join('\n  ')}`);
  return config;
}
