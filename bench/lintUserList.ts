// Generates a realistic Cyber Guru user list: 100,000 users, ~9 MB, with the mistakes admins make
// (wrong codes, case, whitespace, duplicates, privileged roles, blank rows, quoted names). Deterministic.

const FIRST = ['Anna', 'Marco', 'Giulia', 'Luca', 'Chiara', 'Paolo', 'Francesca', 'Alessandro', 'Sofia', 'Matteo', 'John', 'Sophie', 'Noël', 'José'];
const LAST = ['Rossi', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', "O'Neil", 'De Luca', 'Martin', 'Müller'];
const DEPARTMENTS = ['Sales_EMEA', 'Finance', 'Engineering', 'Human_Resources', 'Legal', 'Operations', 'Marketing', 'IT_Security'];
const LANGS = ['it', 'it', 'it', 'en', 'en', 'fr', 'de', 'es'];
const COUNTRIES = ['IT', 'IT', 'IT', 'GB', 'FR', 'DE', 'ES', 'US'];
const ROLES = ['studente', 'studente', 'studente', 'studente', 'teamleader', 'supervisor', ''];

/** Small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateUserList(users: number, seed = 42): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const lines = ['First Name,Last Name,Email,Language,Username,Country,roles,Department,Age_group'];
  let previous = '';
  let previousEmail = '';
  let previousUsername = '';
  for (let i = 0; i < users; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    let email = `${first}.${last}${i}@company-example.com`.toLowerCase().replace(/[^a-z0-9.@'-]/g, '');
    let language = pick(LANGS);
    let country = pick(COUNTRIES);
    let username = `E${100000 + i}`;
    let role = pick(ROLES);
    let firstCell = first;
    let lastCell = last.includes(' ') ? `"${last}, Jr"` : last;
    const mistake = rnd();
    // About 3% of rows carry one typical mistake each.
    if (mistake < 0.003) language = pick(['IT', 'Italiano', 'it-IT', 'ita']);
    else if (mistake < 0.006) country = pick(['Italia', 'it', 'ITA', 'UK']);
    else if (mistake < 0.009) role = pick(['Studente', 'student', 'team leader', 'company admin']);
    else if (mistake < 0.012) email = email.replace('@', ' @');
    else if (mistake < 0.015) firstCell = ` ${first}`;
    else if (mistake < 0.018) email = email.replace('.com', '');
    else if (mistake < 0.021 && previousEmail) email = previousEmail.toUpperCase();
    else if (mistake < 0.024 && previousUsername) username = previousUsername.toLowerCase();
    else if (mistake < 0.026) lastCell = '';
    else if (mistake < 0.028) username = `é${i}`;
    const line = [firstCell, lastCell, email, language, username, country, role, pick(DEPARTMENTS), pick(['18_30', '31_45', '46_60', '60_plus'])].join(',');
    if (mistake > 0.999) lines.push(',,,,,,,,');
    lines.push(mistake > 0.998 && previous ? previous : line);
    previous = line;
    previousEmail = email;
    previousUsername = username;
  }
  return lines.join('\r\n') + '\r\n';
}
