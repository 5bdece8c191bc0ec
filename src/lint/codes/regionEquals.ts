/**
 * Whether text has `expected` at `position`. A plain loop: String.prototype.startsWith with a
 * position was several times slower in V8 on the lint's hot path.
 */
export function regionEquals(text: string, position: number, expected: string): boolean {
  for (let i = 0; i < expected.length; i++) {
    if (text.charCodeAt(position + i) !== expected.charCodeAt(i)) return false;
  }
  return true;
}
