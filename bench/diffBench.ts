// `npm run bench:diff`: `cyberguru diff` of two 100,000-user lists against `cyberguru lint` of one of
// them, in the same run (budget: the diff at most 2x the lint). Both as a user runs them (whole
// process, output discarded) and in process (diffImport of the two texts against lintText of one).
// Runs are interleaved pairs; the ratio is the median of the pairs' ratios. Needs `node esbuild.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '../src/lint';
import { diffImport, formatDiffJson, readBaselineText, readUserList } from '../src/lint/baseline';
import { generateUserList } from './lintUserList';

const USERS = 100_000;
const RUNS = 11;
const BUDGET = 2;
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * The list a month later: about 1% of users leave, 1% join, 0.5% change username, 0.5% change e-mail,
 * 2% change department. Deterministic (by row number).
 */
export function nextMonth(text: string): string {
  const lines = text.split('\n');
  const out = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line || i % 100 === 7) continue;
    let cells = line;
    if (i % 200 === 11) cells = cells.replace(/,E(\d+),/, ',U$1,');
    else if (i % 200 === 13) cells = cells.replace('@company-example.com', '@new-example.com');
    else if (i % 50 === 17) cells = cells.replace(/,(Sales_EMEA|Finance|Engineering|Legal|Operations|Marketing)(,|$)/, ',Human_Resources$2');
    out.push(cells);
  }
  for (let i = 0; i < lines.length / 100; i++) out.push(`Nuovo,Utente,nuovo.utente${i}@company-example.com,it,N${i},IT,studente,Finance,30-40`);
  return `${out.join('\n')}\n`;
}

function processTime(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const elapsed = performance.now() - start;
  if (result.status === 2 || result.status === null) throw new Error(`cyberguru ${args[0]} failed: ${result.stderr}`);
  return elapsed;
}

function pairs(lint: () => number, diff: () => number) {
  lint();
  diff();
  const lints: number[] = [];
  const diffs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const l = lint();
    const d = diff();
    lints.push(l);
    diffs.push(d);
    ratios.push(d / l);
  }
  return { lint: median(lints), diff: median(diffs), ratio: median(ratios) };
}

function main(): void {
  const baselineText = generateUserList(USERS);
  const listText = nextMonth(baselineText);
  const dir = mkdtempSync(join(tmpdir(), 'cyberguru-diff-bench-'));
  try {
    const baselineFile = join(dir, 'baseline.csv');
    const listFile = join(dir, 'list.csv');
    writeFileSync(baselineFile, baselineText);
    writeFileSync(listFile, listText);
    const diff = diffImport(readBaselineText(baselineText, baselineFile), readUserList(listText));
    const counts = Object.entries(diff).map(([k, v]) => `${k} ${Array.isArray(v) ? v.length : v}`).join(', ');
    console.log(`diff of two ${USERS.toLocaleString('en')}-user lists: ${counts}`);
    const whole = pairs(
      () => processTime(['lint', '--format', 'json', listFile]),
      () => processTime(['diff', '--format', 'json', baselineFile, listFile]),
    );
    console.log(`whole process (median of ${RUNS} pairs):`);
    console.log(`  cyberguru lint --format json list      ${whole.lint.toFixed(0)} ms`);
    console.log(`  cyberguru diff --format json base list ${whole.diff.toFixed(0)} ms`);
    console.log(`  ratio diff/lint ${whole.ratio.toFixed(2)} (budget ${BUDGET})`);
    const inProcess = pairs(
      () => timed(() => lintText(listText)),
      () => timed(() => formatDiffJson(diffImport(readBaselineText(baselineText, 'baseline.csv'), readUserList(listText)))),
    );
    console.log(`in process (median of ${RUNS} pairs):`);
    console.log(`  lintText(list)                         ${inProcess.lint.toFixed(0)} ms`);
    console.log(`  diffImport(baseline, list) + JSON      ${inProcess.diff.toFixed(0)} ms`);
    console.log(`  ratio diff/lint ${inProcess.ratio.toFixed(2)} (budget ${BUDGET})`);
    if (whole.ratio > BUDGET) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
