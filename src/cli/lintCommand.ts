import { Option, type Command } from 'commander';
import { isUtf8 } from 'node:buffer';
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  fixAll,
  findConfigFile,
  lintBytes,
  lintText,
  parseConfig,
  type CyberGuruConfig,
  type Problem,
} from '../lint';
import { lintTextWithPart, partStart } from '../lint/engine/lintPart';
import { detectEncoding } from '../lint/encoding/detectEncoding';
import { LintStream } from '../lint/engine/lintStream';
import { JsonOutput } from '../lint/output/jsonOutput';
import type { ProblemSink } from '../lint/output/problemSink';
import { SarifOutput } from '../lint/output/sarifOutput';
import { TextOutput } from '../lint/output/textOutput';
import { withoutBomColumn } from '../lint/output/withoutBomColumn';
import { PartLinter } from './partLinter';

/** Exit codes, as in main.ts: 0 clean, 1 problems of error severity, 2 usage or I/O error. */
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;
/** Files larger than this are streamed (when not fixing) instead of read whole. */
const STREAM_ABOVE_BYTES = 16 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/**
 * Two lint threads only where there are cores for them. The engine's JIT compiler and garbage collector
 * run on threads of their own, so on two cores a second lint thread competes with them: measured
 * slower there (docs/benchmarks.md).
 */
function defaultThreads(): number {
  return availableParallelism() >= 4 ? 2 : 1;
}

/** Files from this size on are linted on two threads (below, starting a thread costs more than it saves). */
const SPLIT_ABOVE_BYTES = 2 * 1024 * 1024;
/**
 * The main thread's share of the text: the second thread starts later (it loads while the file is read,
 * then gets the text), so it gets the smaller part.
 */
const MAIN_THREAD_SHARE = 0.55;
const VERSION = '0.1.0';

interface LintFlags {
  format: 'text' | 'json' | 'sarif';
  fix?: boolean;
  config?: string;
  streamAbove: string;
  threads: string;
}

/** Something to tell the user, with exit code 2. */
class UsageFailure extends Error {}

/** Adds `cyberguru lint` to the program. */
export function addLintCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('lint')
    .description('Check Cyber Guru user-list CSV files against the import guide (exit 0 clean, 1 errors found, 2 usage or I/O error).')
    .argument('<files...>', 'CSV files to check')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--fix', 'apply the safe fixes in place (never to usernames), then report what is left')
    .option('--config <file>', '.cyberguru.json to use (default: the nearest one above each file)')
    .addOption(new Option('--stream-above <bytes>', 'stream files larger than this').default(String(STREAM_ABOVE_BYTES)).hideHelp())
    .addOption(new Option('--threads <count>', 'threads for one large file (1 or 2)').choices(['1', '2']).default(String(defaultThreads())).hideHelp())
    .action(async (files: string[], flags: LintFlags) => {
      try {
        setExitCode(await lintFiles(files, flags));
      } catch (err) {
        if (!(err instanceof UsageFailure)) throw err;
        process.stderr.write(`cyberguru lint: ${err.message}\n`);
        setExitCode(EXIT_USAGE);
      }
    });
}

/** False once stdout's buffer is full: a streamed file then waits for it to drain (bounded memory). */
let stdoutReady = true;

function makeSink(format: LintFlags['format']): ProblemSink {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const write = (text: string, encoding: BufferEncoding = 'utf8') => {
    if (!process.stdout.write(text, encoding)) stdoutReady = false;
  };
  // The JSON output is ASCII: its bytes are the same as Latin-1 or UTF-8, and Latin-1 is a plain copy.
  if (format === 'json') return new JsonOutput((text) => write(text, 'latin1'));
  if (format === 'sarif') return new SarifOutput(write, VERSION);
  return new TextOutput(write);
}

async function lintFiles(files: string[], flags: LintFlags): Promise<number> {
  const explicitConfig = flags.config ? await loadConfig(flags.config) : undefined;
  // Check every path before writing anything, so a typo does not leave half a report.
  const sizes = await Promise.all(files.map(checkedSize));
  const sink = makeSink(flags.format);
  let errors = 0;
  let ioFailure = false;
  for (const [i, file] of files.entries()) {
    const config = explicitConfig ?? (await configFor(file));
    sink.beginFile(file);
    try {
      const streamAbove = Number(flags.streamAbove);
      const outcome =
        !flags.fix && sizes[i] > streamAbove
          ? await lintStreamed(file, config, sink)
          : await lintWhole(file, config, Boolean(flags.fix), sink, sizes[i], Number(flags.threads));
      errors += outcome.errors;
      sink.endFile({ file, userCount: outcome.userCount, fixed: flags.fix ? outcome.fixed : undefined });
    } catch (err) {
      sink.endFile({ file, userCount: 0 });
      process.stderr.write(`cyberguru lint: ${file}: ${(err as Error).message}\n`);
      ioFailure = true;
    }
  }
  sink.end();
  return ioFailure ? EXIT_USAGE : errors > 0 ? EXIT_ERRORS : 0;
}

async function checkedSize(file: string): Promise<number> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageFailure(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read it (${code ?? (err as Error).message})`);
  }
  if (!info.isFile()) throw new UsageFailure(`${file}: not a file`);
  return info.size;
}

async function loadConfig(path: string): Promise<CyberGuruConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageFailure(`${path}: cannot read the config file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const { config, errors } = parseConfig(text);
  if (errors.length) throw new UsageFailure(`${path}:\n  ${errors.join('\n  ')}`);
  return config;
}

async function configFor(file: string): Promise<CyberGuruConfig> {
  const path = findConfigFile(file);
  return path ? loadConfig(path) : {};
}

interface Outcome {
  errors: number;
  userCount: number;
  fixed: number;
}

function errorCount(problems: readonly Problem[]): number {
  let n = 0;
  for (const p of problems) if (p.severity === 'error') n++;
  return n;
}

async function lintWhole(file: string, config: CyberGuruConfig, fix: boolean, sink: ProblemSink, size: number, threads: number): Promise<Outcome> {
  // A large file is linted on two threads; the second starts now so that its start-up overlaps the read.
  const partLinter = !fix && threads > 1 && size >= SPLIT_ABOVE_BYTES ? new PartLinter() : undefined;
  let result;
  try {
    result = await readAndLint(file, config, partLinter);
  } finally {
    // Whether its part was used, not needed or never asked for (a read error), the thread must not
    // keep the process alive.
    partLinter?.cancel();
  }
  let fixed = 0;
  const notUtf8 = result.problems.some((p) => p.code === 'CG001');
  if (fix && notUtf8) {
    const found = 'decoded' in result && result.decoded.encoding !== 'utf-8' ? ` (it is ${result.decoded.label})` : '';
    process.stderr.write(`cyberguru lint: ${file}: not fixed: it is not valid UTF-8${found}; save it as UTF-8 first, as rewriting it here would change its bytes\n`);
  } else if (fix) {
    const outcome = fixAll(result.text, { config });
    if (outcome.text !== result.text) {
      await writeFile(file, outcome.text, 'utf8');
      fixed = outcome.applied;
      result = { ...lintText(outcome.text, { config }), text: outcome.text };
    }
  }
  const problems = result.hasBom ? withoutBomColumn(result.problems) : result.problems;
  sink.problems(file, problems);
  return { errors: errorCount(problems), userCount: result.userCount, fixed };
}

async function readAndLint(file: string, config: CyberGuruConfig, partLinter: PartLinter | undefined) {
  // One synchronous read: the promise API reads in 512 KB steps through the thread pool, which left the
  // main thread idle for about 8 ms of a 9 MB file, and nothing else runs meanwhile.
  const bytes = readFileSync(file);
  // Node's own UTF-8 check and decode are faster than the engine's portable path; same result.
  // A BOM-less UTF-16 file of Latin letters is valid UTF-8 byte for byte (NULs): the BOM and NUL check
  // reads a 64 KB sample only.
  const utf8 = isUtf8(bytes) && detectEncoding(bytes, true).encoding === 'utf-8' ? bytes.toString('utf8') : undefined;
  if (utf8 === undefined) return lintBytes(bytes, { config });
  const from = partLinter ? partStart(utf8, MAIN_THREAD_SHARE) : -1;
  if (!partLinter || from <= 0) return { ...lintText(utf8, { config }), text: utf8 };
  partLinter.start({ text: utf8, from, config });
  return { ...(await lintTextWithPart(utf8, from, partLinter, { config })), text: utf8 };
}

async function lintStreamed(file: string, config: CyberGuruConfig, sink: ProblemSink): Promise<Outcome> {
  const stream = new LintStream({ config });
  let errors = 0;
  let hasBom: boolean | undefined;
  const emit = (problems: Problem[]) => {
    if (!problems.length) return;
    const shown = hasBom ? withoutBomColumn(problems) : problems;
    errors += errorCount(shown);
    sink.problems(file, shown);
  };
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    hasBom ??= bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    emit(stream.pushBytes(bytes));
    if (!stdoutReady) {
      await once(process.stdout, 'drain');
      stdoutReady = true;
    }
  }
  const { problems, summary } = stream.end();
  emit(problems);
  return { errors, userCount: summary.userCount, fixed: 0 };
}
