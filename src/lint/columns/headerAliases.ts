import type { FieldName } from '../types';

/**
 * Header spellings the platform's import maps to each field, in English and Italian, compared after
 * normalizeHeader (lower case, no accents, no spaces, dashes, dots or underscores).
 */
export const HEADER_ALIASES: Readonly<Record<FieldName, readonly string[]>> = {
  firstName: ['firstname', 'givenname', 'forename', 'nome', 'nomedibattesimo'],
  lastName: ['lastname', 'surname', 'familyname', 'cognome'],
  email: ['email', 'emailaddress', 'mail', 'indirizzoemail', 'postaelettronica', 'indirizzomail'],
  language: ['language', 'lang', 'lingua', 'languagecode', 'codicelingua'],
  username: ['username', 'userid', 'login', 'nomeutente', 'utente', 'idutente'],
  country: ['country', 'countrycode', 'nation', 'paese', 'nazione', 'codicepaese'],
  authmode: ['authmode', 'authenticationmode', 'authmethod', 'modalitaautenticazione', 'modalitadiautenticazione'],
};

/** What users label the roles column when they do not know it must be exactly `roles`. */
export const ROLE_LIKE_HEADER = /^(roles?|ruol[oi]|user ?roles?|ruolo ?utente)( ?\d+)?$/i;

/** How the required fields are named in messages and docs. */
export const FIELD_LABELS: Readonly<Record<FieldName, string>> = {
  firstName: 'First Name',
  lastName: 'Last Name',
  email: 'Email',
  language: 'Language',
  username: 'Username',
  country: 'Country',
  authmode: 'Authmode',
};

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\-_.'\u2019]+/g, '');
}

const byAlias = new Map<string, FieldName>(
  (Object.entries(HEADER_ALIASES) as [FieldName, readonly string[]][]).flatMap(([field, aliases]) => aliases.map((a) => [a, field] as const)),
);

/** The field a header names by one of its known spellings, if any. */
export function fieldForHeader(header: string): FieldName | undefined {
  return byAlias.get(normalizeHeader(header));
}
