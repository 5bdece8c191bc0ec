/** Lower-case, accents stripped, inner whitespace collapsed: how names are compared ("Italiano" = "italiano"). */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
