import type { CellTest } from './rule';

/** A CellTest with an in-place variant (both must give the same answer; the equivalence tests check it). */
export function cellTest(
  test: (value: string) => boolean,
  inPlace: (text: string, start: number, end: number) => boolean,
  firstCharacterMayFail?: (charCode: number) => boolean,
): CellTest {
  return Object.assign((value: string) => test(value), firstCharacterMayFail ? { inPlace, firstCharacterMayFail } : { inPlace });
}
