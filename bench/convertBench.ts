// `npm run bench:convert`: `cyberguru convert` on a 100,000-user export against `cyberguru lint` on the
// same file, as a ratio measured in the same run (budget: convert takes at most 2x lint). The export is
// an Okta-style file with locale tags to convert (`it_IT`) and a BOM. Both runs are whole processes of
// the built CLI (dist/cli.js, code cache primed), interleaved in pairs; the ratio is the median of the
// pairs' ratios. In-process figures (the converter plus the lint of its output against lintText of the
// export) are printed too. Needs `node esbuild.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertExport } from '../src/convert';
import { lintText } from '../src/lint';

const USERS = 100_000;
const PROCESS_RUNS = 11;
const IN_PROCESS_RUNS = 7;
const BUDGET = 2;
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

const FIRST = ['Anna', 'Marco', 'Giulia', 'Luca', 'Chiara', 'Niccolò', 'Elena', 'José', 'Zoë', 'Pietro'];
const LAST = ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Núñez', "D'Angelo"];
const LOCALES = ['it_IT', 'en_GB', 'de_DE', 'fr_FR', 'es_ES', 'pt_BR'];
const COUNTRIES = ['IT', 'GB', 'DE', 'FR', 'ES', 'BR'];
const DEPARTMENTS = ['Sales', 'IT', 'Finance', 'HR', 'Operations'];

/** An Okta user export of `users` people: `login,email,firstName,lastName,status,preferredLanguage,locale,countryCode,department,mobilePhone`. */
export function oktaExportText(users: number): string {
  const lines = ['\uFEFFlogin,email,firstName,lastName,status,preferredLanguage,locale,countryCode,department,mobilePhone'];
  for (let i = 0; i < users; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    const email = `${first}.${last}${i}@company-example.com`.normalize('NFD').replace(/[^\x00-\x7f]/g, '').replace(/'/g, '').toLowerCase();
    const k = i % LOCALES.length;
    lines.push([email, email, first, last, 'ACTIVE', i % 4 ? '' : LOCALES[k].slice(0, 2), LOCALES[k], COUNTRIES[k], DEPARTMENTS[i % DEPARTMENTS.length], `+39333${String(i).padStart(7, '0')}`].join(','));
  }
  return lines.join('\n') + '\n';
}

function processMs(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`cyberguru ${args[0]} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'cyberguru-convert-bench-'));
  try {
    const input = join(dir, 'okta-export.csv');
    const output = join(dir, 'user-list.csv');
    writeFileSync(input, oktaExportText(USERS));
    const bytes = readFileSync(input);
    console.log(`convert bench: ${USERS} users, ${(statSync(input).size / 1024 / 1024).toFixed(1)} MB export; ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`);

    // In-process: the converter and the lint of what it wrote, against a lint of the export's text.
    const text = bytes.toString('utf8');
    const inConvert: number[] = [];
    const inLint: number[] = [];
    for (let i = 0; i < IN_PROCESS_RUNS + 1; i++) {
      let start = performance.now();
      lintText(text);
      const lintMs = performance.now() - start;
      start = performance.now();
      const converted = convertExport(bytes, input, {}, {});
      if (!('text' in converted)) throw new Error('the bench export has a clear username column');
      lintText(converted.text);
      const convertMs = performance.now() - start;
      if (i === 0) continue; // warm-up
      inLint.push(lintMs);
      inConvert.push(convertMs);
    }
    console.log(`in-process: convert + lint of the new list ${median(inConvert).toFixed(0)} ms, lint of the export ${median(inLint).toFixed(0)} ms, ratio ${(median(inConvert) / median(inLint)).toFixed(2)}`);

    // Whole processes, as an admin runs them; one of each first to prime the CLI's code cache.
    processMs(['lint', input]);
    processMs(['convert', input, '--output', output]);
    const lints: number[] = [];
    const converts: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < PROCESS_RUNS; i++) {
      const l = processMs(['lint', input]);
      const c = processMs(['convert', input, '--output', output]);
      lints.push(l);
      converts.push(c);
      ratios.push(c / l);
    }
    const ratio = median(ratios);
    console.log(
      `cyberguru convert ${median(converts).toFixed(0)} ms, cyberguru lint ${median(lints).toFixed(0)} ms (medians of ${PROCESS_RUNS} interleaved pairs); ` +
        `ratio ${ratio.toFixed(2)} (pairs ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}), budget ${BUDGET}x: ${ratio <= BUDGET ? 'within' : 'OVER'}`,
    );
    if (ratio > BUDGET) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
