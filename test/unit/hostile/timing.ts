// Relative timing: a hostile input's lint time is compared with the lint time of a well-formed user
// list of the same size, measured in the same run (no absolute timer: the machine's speed cancels out).
import { lintText, type LintOptions } from '../../../src/lint';

/** Best of a few runs: the least disturbed measurement of the same work. */
export function bestTimeMs(work: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A clean user list of at least `size` UTF-16 code units. */
export function wellFormedUserList(size: number): string {
  const lines = ['First Name,Last Name,Email,Language,Username,Country,roles,Team'];
  let length = lines[0].length;
  for (let i = 0; length < size; i++) {
    const line = `Mario${i},Rossi,mario.rossi${i}@example.com,it,mrossi${i},IT,studente,Sales`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

/** Lint time per code unit of `text`, divided by the same for a clean list of the same size. */
export function slowdownVersusCleanList(text: string, options: LintOptions = {}): number {
  const clean = wellFormedUserList(text.length);
  lintText(clean, options); // warm up the code paths once
  const cleanMs = bestTimeMs(() => lintText(clean, options));
  const hostileMs = bestTimeMs(() => lintText(text, options), 2);
  return hostileMs / clean.length / (cleanMs / text.length);
}
