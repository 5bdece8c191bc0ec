// What finding the encoding adds to a lint of bytes (the CLI and the editor's workspace lint read
// bytes): the 100,000-user list as UTF-8, linted through lintBytes (detection, then decoding) against
// the same bytes decoded as UTF-8 the way the engine did before detection existed, then linted.
// Interleaved pairs in one run, each side first in every other pair; the ratio is the median of the
// pairs' ratios. Two whole lints differ by more than detection costs when other processes share the
// cores, so detection's own cost is also measured directly (decodeBytes against the plain decode it
// replaces) and compared with the lint time of the same run. Budget: at most 5% of the lint.
import { TextDecoder } from 'node:util';
import { lintBytes, lintText } from '../src/lint';
import { decodeBytes, detectEncoding } from '../src/lint/encoding';

const PAIRS = 20;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The engine's decode before detection: a strict native UTF-8 decode, the BOM kept. */
function lintWithoutDetection(bytes: Uint8Array): void {
  lintText(new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes));
}

export function measureDetection(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < 2; i++) {
    lintWithoutDetection(bytes);
    lintBytes(bytes);
  }
  const without: number[] = [];
  const withDetection: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Each goes first in every other pair: the first of a pair also pays for the garbage the previous
    // pair left.
    let a = 0;
    let b = 0;
    if (i % 2 === 0) {
      a = timed(() => lintWithoutDetection(bytes));
      b = timed(() => lintBytes(bytes));
    } else {
      b = timed(() => lintBytes(bytes));
      a = timed(() => lintWithoutDetection(bytes));
    }
    without.push(a);
    withDetection.push(b);
    ratios.push(b / a);
  }
  // Detection's own cost, without the lint's noise: decodeBytes (detect + decode) against the plain
  // strict decode, in alternated pairs; the median difference as a share of the median lint time.
  const strict = () => new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
  const extra: number[] = [];
  for (let i = 0; i < PAIRS * 2; i++) {
    let plain = 0;
    let detected = 0;
    if (i % 2 === 0) {
      plain = timed(strict);
      detected = timed(() => decodeBytes(bytes));
    } else {
      detected = timed(() => decodeBytes(bytes));
      plain = timed(strict);
    }
    extra.push(detected - plain);
  }
  const extraMs = median(extra);
  const share = extraMs / median(without);
  // The CLI's own path: it validates UTF-8 natively, then asks only for the BOM and NUL checks.
  const cliCheck = median(Array.from({ length: PAIRS }, () => timed(() => detectEncoding(bytes, true))));
  const ratio = median(ratios);
  console.log(`\nEncoding detection, ${PAIRS} interleaved pairs (times: medians):`);
  console.log(`  UTF-8 decode + lint (no detection)     ${without.length ? median(without).toFixed(0) : '?'} ms`);
  console.log(`  lintBytes (detection + decode + lint)  ${median(withDetection).toFixed(0)} ms`);
  console.log(`  ratio                                  ${ratio.toFixed(3)}x  (median of the pairs; on a loaded machine this swings by more than the cost measured below)`);
  console.log(`  detection alone (decodeBytes - decode) ${extraMs.toFixed(2)} ms = ${(share * 100).toFixed(2)}% of the lint  (${PAIRS * 2} alternated pairs; budget 5%: ${share <= 0.05 ? 'met' : 'NOT met'})`);
  console.log(`  CLI's BOM and NUL check alone          ${cliCheck.toFixed(2)} ms`);
}
