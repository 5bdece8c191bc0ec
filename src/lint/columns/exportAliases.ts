// Header spellings of the systems admins export from, for the platform's fields: Microsoft Entra /
// Graph, Google Workspace, Active Directory (PowerShell, LDAP), Okta, Moodle, GoPhish, and the usual
// French, German, Spanish and Portuguese headers. Compared after normalizeHeader. The platform's import
// maps columns by hand, so any of these can be mapped; the names come from the vendors' documentation.
import type { FieldName } from '../types';

export const EXPORT_ALIASES: Readonly<Record<FieldName, readonly string[]>> = {
  firstName: ['givenname', 'firstname', 'first', 'prenom', 'vorname', 'nombre', 'nombrepila', 'primeironome', 'nomeproprio', 'name_first'],
  lastName: ['surname', 'sn', 'lastname', 'last', 'nomdefamille', 'nom', 'nachname', 'familienname', 'apellido', 'apellidos', 'sobrenome', 'apelido', 'ultimonome'],
  email: ['mail', 'emailaddress', 'primaryemail', 'workemail', 'courriel', 'adresseemail', 'adressecourriel', 'emailadresse', 'correo', 'correoelectronico', 'correio', 'correioeletronico', 'enderecodeemail', 'indirizzodiposta'],
  language: ['lang', 'langue', 'sprache', 'idioma', 'preferredlang'],
  username: ['username', 'login', 'nomdutilisateur', 'identifiant', 'benutzername', 'anmeldename', 'nombredeusuario', 'usuario', 'nomedeusuario', 'nomedeutilizador', 'utilizador'],
  country: ['pays', 'land', 'pais', 'countryname'],
  authmode: [],
};

/** A column that holds a value related to a platform field, which only the admin can decide to use. */
export type RelatedKind = 'upn' | 'accountName' | 'objectId' | 'employeeId' | 'countryCode' | 'countryName' | 'languageTag';

export interface RelatedValue {
  kind: RelatedKind;
  /** The fields it could stand for (a UPN is often the e-mail address and may be the SSO username). */
  fields: readonly FieldName[];
}

const RELATED: Readonly<Record<string, RelatedValue>> = {
  userprincipalname: { kind: 'upn', fields: ['username', 'email'] },
  upn: { kind: 'upn', fields: ['username', 'email'] },
  samaccountname: { kind: 'accountName', fields: ['username'] },
  onpremisessamaccountname: { kind: 'accountName', fields: ['username'] },
  objectid: { kind: 'objectId', fields: ['username'] },
  id: { kind: 'objectId', fields: ['username'] },
  objectguid: { kind: 'objectId', fields: ['username'] },
  employeeid: { kind: 'employeeId', fields: ['username'] },
  employeenumber: { kind: 'employeeId', fields: ['username'] },
  matricola: { kind: 'employeeId', fields: ['username'] },
  usagelocation: { kind: 'countryCode', fields: ['country'] },
  c: { kind: 'countryCode', fields: ['country'] },
  co: { kind: 'countryName', fields: ['country'] },
  countryorregion: { kind: 'countryName', fields: ['country'] },
  preferredlanguage: { kind: 'languageTag', fields: ['language'] },
  locale: { kind: 'languageTag', fields: ['language'] },
  preferredlocale: { kind: 'languageTag', fields: ['language'] },
};

/** What a related-value header holds (normalised header), or undefined. */
export function relatedValueFor(normalizedHeader: string): RelatedValue | undefined {
  return RELATED[normalizedHeader];
}
