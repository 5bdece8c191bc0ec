import { Option, type Command } from 'commander';
import { isUtf8 } from 'node:buffer';
import { once } from 'node:events';
import { createReadStream, readFileSync, type Stats } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  CONFIG_LIMITS,
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
import { looksLikeUserList } from '../lint/columns/looksLikeUserList';
import { BoundedReadError, readBoundedFile } from '../util/boundedRead';
import { readForRewrite, safeWriteFile, type FileStamp } from '../util/safeWrite';
import { terminalLines, terminalText } from '../util/terminalText';
import type { Baseline } from '../lint/baseline';
import { BaselineFiles } from './baselineFiles';
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
  baseline?: string;
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
    .option('--baseline <file>', 'compare with the users the platform has (its export, or the last list imported); default: "baseline" in .cyberguru.json')
    .addOption(new Option('--stream-above <bytes>', 'stream files larger than this').default(String(STREAM_ABOVE_BYTES)).hideHelp())
    .addOption(new Option('--threads <count>', 'threads for one large file (1 or 2)').choices(['1', '2']).default(String(defaultThreads())).hideHelp())
    .action(async (files: string[], flags: LintFlags) => {
      try {
        setExitCode(await lintFiles(files, flags));
      } catch (err) {
        if (!(err instanceof UsageFailure)) throw err;
        process.stderr.write(`cyberguru lint: ${terminalLines(err.message)}\n`);
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
  const sizes = await Promise.all(files.map((file) => checkedSize(file, Boolean(flags.fix))));
  // Baselines too: a missing baseline is a usage error before any output.
  const configs = await Promise.all(files.map((file) => explicitConfig ?? configFor(file)));
  const baselines = new BaselineFiles(flags.baseline, (message) => new UsageFailure(message), (message) => process.stderr.write(`cyberguru lint: ${terminalText(message)}\n`));
  const fileBaselines = files.map((file, i) => baselines.forList(configs[i], flags.config ?? findConfigFile(file)));
  const sink = makeSink(flags.format);
  let errors = 0;
  let ioFailure = false;
  for (const [i, file] of files.entries()) {
    const config = configs[i];
    const baseline = fileBaselines[i];
    sink.beginFile(file);
    try {
      const streamAbove = Number(flags.streamAbove);
      const outcome =
        !flags.fix && sizes[i] > streamAbove
          ? await lintStreamed(file, config, sink, baseline)
          : await lintWhole(file, config, Boolean(flags.fix), sink, sizes[i], Number(flags.threads), baseline);
      errors += outcome.errors;
      sink.endFile({ file, userCount: outcome.userCount, fixed: flags.fix ? outcome.fixed : undefined });
      if (outcome.failure) {
        process.stderr.write(`cyberguru lint: ${terminalText(`${file}: not fixed: ${outcome.failure}`)}\n`);
        ioFailure = true;
      }
    } catch (err) {
      sink.endFile({ file, userCount: 0 });
      process.stderr.write(`cyberguru lint: ${terminalText(`${file}: ${(err as Error).message}`)}\n`);
      ioFailure = true;
    }
  }
  sink.end();
  return ioFailure ? EXIT_USAGE : errors > 0 ? EXIT_ERRORS : 0;
}

async function statOrFail(file: string, how: typeof stat): Promise<Stats> {
  try {
    return await how(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageFailure(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read it (${code ?? (err as Error).message})`);
  }
}

async function checkedSize(file: string, fix: boolean): Promise<number> {
  const entry = await statOrFail(file, lstat);
  // A link may point outside the repository: --fix would rewrite a file the user did not name.
  if (entry.isSymbolicLink() && fix) {
    throw new UsageFailure(`${file}: is a symbolic link; --fix rewrites only regular files, so run it on the file the link points to`);
  }
  const info = entry.isSymbolicLink() ? await statOrFail(file, stat) : entry;
  if (!info.isFile()) throw new UsageFailure(`${file}: not a file`);
  return info.size;
}

async function loadConfig(path: string): Promise<CyberGuruConfig> {
  let text: string;
  try {
    // Bounded before it is read: a huge or endless file must not be read whole to learn it is too big.
    text = readBoundedFile(path, CONFIG_LIMITS.bytes).toString('utf8');
  } catch (err) {
    if (err instanceof BoundedReadError) throw new UsageFailure(`${path}: cannot use the config file (${err.reason === 'too-large' ? `larger than ${CONFIG_LIMITS.bytes} bytes` : 'not a regular file'})`);
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
  /** Why the file could not be fixed (the run then exits 2); its problems are still reported. */
  failure?: string;
}

function errorCount(problems: readonly Problem[]): number {
  let n = 0;
  for (const p of problems) if (p.severity === 'error') n++;
  return n;
}

async function lintWhole(file: string, config: CyberGuruConfig, fix: boolean, sink: ProblemSink, size: number, threads: number, baseline?: Baseline): Promise<Outcome> {
  // A file to fix is read with its stamp (size, times, inode), so that the rewrite can tell whether
  // another program wrote to it meanwhile. One synchronous read either way: the promise API reads in
  // 512 KB steps through the thread pool, which left the main thread idle for about 8 ms of a 9 MB file.
  // A large file is linted on two threads; the second starts now so that its start-up overlaps the read.
  // Not with a baseline: the second thread would have to read it too.
  const partLinter = !fix && !baseline && threads > 1 && size >= SPLIT_ABOVE_BYTES ? new PartLinter() : undefined;
  let result;
  let stamp: FileStamp | undefined;
  try {
    const read = fix ? readForRewrite(file) : { bytes: readFileSync(file), stamp: undefined };
    stamp = read.stamp;
    result = await readAndLint(read.bytes, config, partLinter, baseline);
  } finally {
    // Whether its part was used, not needed or never asked for (a read error), the thread must not
    // keep the process alive.
    partLinter?.cancel();
  }
  let fixed = 0;
  let failure: string | undefined;
  if (fix && result.problems.some((p) => p.code === 'CG001')) {
    // Reported, as ever, without failing the run: the problems say what to do (convert it to UTF-8).
    const found = 'decoded' in result && result.decoded.encoding !== 'utf-8' ? ` (it is ${result.decoded.label})` : '';
    process.stderr.write(`cyberguru lint: ${terminalText(file)}: not fixed: it is not valid UTF-8${found}; save it as UTF-8 first, as rewriting it here would change its bytes\n`);
  } else if (fix && stamp) {
    const refusal = fixRefusal(result.text, config);
    if (refusal) {
      failure = refusal;
    } else {
      const outcome = fixAll(result.text, { config });
      if (outcome.text !== result.text) {
        failure = writeFixed(file, outcome.text, stamp);
        if (!failure) {
          fixed = outcome.applied;
          result = { ...lintText(outcome.text, { config, baseline }), text: outcome.text };
        }
      }
    }
  }
  const problems = result.hasBom ? withoutBomColumn(result.problems) : result.problems;
  sink.problems(file, problems);
  return { errors: errorCount(problems), userCount: result.userCount, fixed, failure };
}

/** Why a file is not fixed, or undefined when it may be. */
function fixRefusal(text: string, config: CyberGuruConfig): string | undefined {
  // The fixes assume a user list: on another CSV (or no CSV) they would drop comments, blank lines or columns.
  if (!looksLikeUserList(text.startsWith('\uFEFF') ? text.slice(1) : text, config.columns)) {
    return 'it does not look like a user list (its first line names no e-mail column and another known column, nor columns mapped in .cyberguru.json)';
  }
  return undefined;
}

/** Writes the fixed text through the safe-write helper; the reason it did not, or undefined. */
function writeFixed(file: string, text: string, stamp: FileStamp): string | undefined {
  try {
    safeWriteFile(file, text, { expected: stamp });
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

async function readAndLint(bytes: Buffer, config: CyberGuruConfig, partLinter: PartLinter | undefined, baseline: Baseline | undefined) {
  // Node's own UTF-8 check and decode are faster than the engine's portable path; same result.
  // A BOM-less UTF-16 file of Latin letters is valid UTF-8 byte for byte (NULs): the BOM and NUL check
  // reads a 64 KB sample only.
  const utf8 = isUtf8(bytes) && detectEncoding(bytes, true).encoding === 'utf-8' ? bytes.toString('utf8') : undefined;
  if (utf8 === undefined) return lintBytes(bytes, { config, baseline });
  const from = partLinter ? partStart(utf8, MAIN_THREAD_SHARE) : -1;
  if (!partLinter || from <= 0) return { ...lintText(utf8, { config, baseline }), text: utf8 };
  partLinter.start({ text: utf8, from, config });
  return { ...(await lintTextWithPart(utf8, from, partLinter, { config })), text: utf8 };
}

async function lintStreamed(file: string, config: CyberGuruConfig, sink: ProblemSink, baseline?: Baseline): Promise<Outcome> {
  const stream = new LintStream({ config, baseline });
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
