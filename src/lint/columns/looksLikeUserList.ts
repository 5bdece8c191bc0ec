/** True when the header has an e-mail column and at least one other known column. */
export function looksLikeUserList(_text: string): boolean {
  return false;
}
