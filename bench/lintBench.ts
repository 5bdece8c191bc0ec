// `npm run bench:lint`: the lint engine's speed, always as a ratio to a baseline measured in the same
// run (the machine's speed cancels out):
//   1. in-process: a full lintText of a generated 100,000-row user list vs papaparse's bare parse of
//      the same text (budget: at most 1.0x, issue 14), in alternating blocks and in interleaved pairs (see
//      inProcess); on the list's file read back as UTF-8 (what the CLI and the editor lint; the budget
//      is judged there), then on the generated string itself;
//   2. lintTextAsync: the longest slice of work between two yields (the editor's host must stay
//      responsive);
//   2b. encoding detection: lintBytes against a plain UTF-8 decode and lint (bench/encodingBench.ts);
//   3. whole process: `node dist/cli.js lint` on the file vs `mlr --icsv --ojson cat` (Miller), with
//      the CLI's code cache primed and without it, and (where this machine sets it) also without
//      NODE_EXTRA_CA_CERTS, whose certificate file Node loads before any program code.
// Repetitions are interleaved; the ratios are medians of the ratios of each pair (a lint against the
// baseline run just before it), the times medians. Needs `node esbuild.mjs` (dist/cli.js) and Miller.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { lintText, lintTextAsync } from '../src/lint';
import { measureDetection } from './encodingBench';
import { generateUserList } from './lintUserList';

const USERS = 100_000;
/** Budgets (issue 14): a full lint at most as long as papaparse's bare parse; the CLI at most 0.8 of Miller's time. */
const IN_PROCESS_BUDGET = 1.0;
const CLI_BUDGET = 0.8;
const IN_PROCESS_RUNS = 15;
const PROCESS_RUNS = 15;
const NO_CACHE_RUNS = 7;
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ms = (value: number) => `${value.toFixed(0)} ms`;

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const BLOCK = 5;
const BLOCK_RUNS = 25;

/** A full collection, untimed, before each block: each block then starts from the same clean heap. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Two ways, both in this run. Pairs: a parse then a lint, 15 times; the ratio is the median of the 15
 * ratios. Blocks: 5 parses then 5 lints, 5 times, each block after a full collection; the ratio is the
 * median of the 5 ratios of block medians. Papaparse leaves about a million strings behind; V8
 * collects them during whatever runs next, so in pairs every lint also pays for collecting the parse's
 * garbage. In blocks each pays for its own, as in real use; alternating blocks still cancels a change
 * of load.
 */
function inProcess(text: string, blocks: boolean) {
  // Warm both up first, so neither pays for compiling its code in the measured runs.
  for (let i = 0; i < 2; i++) {
    Papa.parse(text);
    lintText(text);
  }
  const papa: number[] = [];
  const lint: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const size = blocks ? BLOCK : 1;
  const runs = blocks ? BLOCK_RUNS : IN_PROCESS_RUNS;
  for (let i = 0; i < runs / size; i++) {
    const p: number[] = [];
    const l: number[] = [];
    if (blocks) collectGarbage();
    const papaCpu = cpuMs();
    for (let k = 0; k < size; k++) p.push(timed(() => Papa.parse(text)));
    if (blocks) collectGarbage();
    const lintCpu = cpuMs();
    for (let k = 0; k < size; k++) l.push(timed(() => lintText(text)));
    const done = cpuMs();
    papa.push(...p);
    lint.push(...l);
    ratios.push(median(l) / median(p));
    cpuRatios.push((done - lintCpu) / (lintCpu - papaCpu));
  }
  return { papa: median(papa), lint: median(lint), ratio: median(ratios), cpuRatio: median(cpuRatios) };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Work between two yields of lintTextAsync, as wall time (what a host thread feels, including any
 * time the OS gave the core to another process) and as this process's CPU time (the work itself).
 */
async function slices(text: string) {
  const sliceMs = 15;
  const wall: number[] = [];
  const cpu: number[] = [];
  let resumed = performance.now();
  let resumedCpu = cpuMs();
  const started = resumed;
  await lintTextAsync(text, {
    sliceMs,
    yieldControl: () =>
      new Promise<void>((resolve) => {
        wall.push(performance.now() - resumed);
        cpu.push(cpuMs() - resumedCpu);
        setImmediate(() => {
          resumed = performance.now();
          resumedCpu = cpuMs();
          resolve();
        });
      }),
  });
  wall.push(performance.now() - resumed);
  cpu.push(cpuMs() - resumedCpu);
  return { sliceMs, slices: wall.length, longest: Math.max(...wall), longestCpu: Math.max(...cpu), median: median(wall), total: performance.now() - started };
}

function processTime(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, env });
  const elapsed = performance.now() - start;
  if (result.error || (result.status !== 0 && result.status !== 1)) throw new Error(`${command} failed: ${result.error?.message ?? result.stderr}`);
  return elapsed;
}

/**
 * `cyberguru lint` against Miller in interleaved pairs, in the given environment. The CLI's code cache
 * (src/cli/codeCache.ts) goes to `cacheDir`: primed by one untimed run, as after a first use; an empty
 * `cacheDir` measures runs without it (every run of a throw-away container).
 */
function wholeProcess(file: string, env: NodeJS.ProcessEnv, cacheDir: string, runs: number) {
  const cli: number[] = [];
  const miller: number[] = [];
  const ratios: number[] = [];
  const cliEnv = { ...env, CYBERGURU_CACHE_DIR: cacheDir };
  const lint = () => processTime(process.execPath, [CLI, 'lint', '--format', 'json', file], cliEnv);
  lint();
  for (let i = 0; i < runs; i++) {
    const m = processTime('mlr', ['--icsv', '--ojson', 'cat', file], env);
    const c = lint();
    cli.push(c);
    miller.push(m);
    ratios.push(c / m);
  }
  return { cli: median(cli), miller: median(miller), ratio: median(ratios), worst: Math.max(...ratios) };
}

/** Node's own start (`node -e 0`), median of `runs`: what every Node program pays before its first line. */
function nodeStart(env: NodeJS.ProcessEnv, runs: number): number {
  return median(Array.from({ length: runs }, () => processTime(process.execPath, ['-e', '0'], env)));
}

function printWholeProcess(title: string, p: ReturnType<typeof wholeProcess>): void {
  console.log(`\n${title}`);
  console.log(`  node dist/cli.js lint --format json   ${ms(p.cli)}`);
  console.log(`  mlr --icsv --ojson cat                ${ms(p.miller)}`);
  console.log(`  ratio                                 ${p.ratio.toFixed(2)}x, worst pair ${p.worst.toFixed(2)}x  (budget at most 0.8x: ${p.ratio <= CLI_BUDGET ? 'met' : 'NOT met'})`);
}

async function main(): Promise<void> {
  const generated = generateUserList(USERS);
  const dir = mkdtempSync(join(tmpdir(), 'cyberguru-bench-'));
  const file = join(dir, 'users-100k.csv');
  writeFileSync(file, generated);
  // What both the CLI and the editor lint is text decoded from a file, one flat string. The generated
  // string is a concatenation, which V8 keeps as a tree until it is flattened, and some string
  // operations (indexOf, startsWith) stay slower on it afterwards, for the lint more than for
  // papaparse: both are measured on both, the budget is judged on the file's text.
  const text = readFileSync(file, 'utf8');
  try {
    const result = lintText(text);
    const mb = statSync(file).size / 1e6;
    console.log(`User list: ${USERS.toLocaleString('en')} users, ${mb.toFixed(1)} MB, ${result.problems.length.toLocaleString('en')} problems found`);
    console.log(`Machine: ${cpus().length} cores, load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`);

    for (const [input, source] of [['the file read as UTF-8, as the CLI and the editor read it', text], ['the generated string, before it was written', generated]] as const) {
      for (const blocks of [true, false]) {
        const a = inProcess(source, blocks);
        const how = blocks ? `${BLOCK_RUNS / BLOCK} alternating blocks of ${BLOCK}, a full collection before each` : `${IN_PROCESS_RUNS} interleaved pairs`;
        console.log(`\nIn process, ${input}; ${how} (times: medians of ${blocks ? BLOCK_RUNS : IN_PROCESS_RUNS}):`);
        console.log(`  papaparse bare parse   ${ms(a.papa)}`);
        console.log(`  full lint (lintText)   ${ms(a.lint)}`);
        console.log(`  ratio                  ${a.ratio.toFixed(2)}x  (median of the ${blocks ? 'blocks' : 'pairs'}; budget ${IN_PROCESS_BUDGET.toFixed(1)}x: ${a.ratio <= IN_PROCESS_BUDGET ? 'met' : 'NOT met'})`);
        console.log(`  CPU time ratio         ${a.cpuRatio.toFixed(2)}x  (this process's CPU, GC threads included)`);
      }
    }

    measureDetection(text);

    // `--in-process`: only the part above (a quick look while working on the engine).
    if (process.argv.includes('--in-process')) return;

    // Three runs: the longest slice of each (a single run can be stretched by another process).
    for (let run = 1; run <= 3; run++) {
      const s = await slices(text);
      console.log(
        `${run === 1 ? '\n' : ''}lintTextAsync run ${run} (sliceMs ${s.sliceMs}): ${s.slices} slices, longest ${ms(s.longest)} wall / ${ms(s.longestCpu)} CPU, median ${ms(s.median)}, total ${ms(s.total)}`,
      );
    }

    // Whole process: the machine's environment as it is, then (where it is set) without
    // NODE_EXTRA_CA_CERTS, which makes Node load that certificate file at the start of every process,
    // before any of the program's code (Miller never reads it; `cyberguru lint` opens no connection).
    const cacheDir = mkdtempSync(join(tmpdir(), 'cyberguru-bench-cache-'));
    try {
      const environments: [string, NodeJS.ProcessEnv][] = [['as this machine is set up', process.env]];
      const extraCa = process.env.NODE_EXTRA_CA_CERTS;
      if (extraCa) {
        const { NODE_EXTRA_CA_CERTS: _unused, ...withoutExtraCa } = process.env;
        environments.push(['without NODE_EXTRA_CA_CERTS', withoutExtraCa]);
      }
      for (const [name, env] of environments) {
        console.log(`\nNode start-up (node -e 0), ${name}: ${ms(nodeStart(env, 11))}${env === process.env && extraCa ? ` (NODE_EXTRA_CA_CERTS=${extraCa})` : ''}`);
        printWholeProcess(`Whole process, ${name}, code cache primed (${PROCESS_RUNS} interleaved pairs; ratio: median of the pairs):`, wholeProcess(file, env, cacheDir, PROCESS_RUNS));
        printWholeProcess(`Whole process, ${name}, no code cache (${NO_CACHE_RUNS} pairs):`, wholeProcess(file, env, '', NO_CACHE_RUNS));
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
