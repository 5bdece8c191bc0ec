// Country codes and names come from i18n-iso-countries. Only the name tables of the languages user
// lists are written in (English, Italian, French, German, Spanish, Portuguese) are registered, to keep
// the bundle small.
import type * as CountriesLibrary from 'i18n-iso-countries/index';
import { lazy } from '../../util/lazy';
import { normalizeName } from './normalizeName';
import { TwoLetterCodes } from './twoLetterCodes';

// Required and registered on first use, not when the extension loads (a few ms of activation time).
const countries = lazy(() => {
  const library = require('i18n-iso-countries/index') as typeof CountriesLibrary;
  library.registerLocale(require('i18n-iso-countries/langs/en.json'));
  library.registerLocale(require('i18n-iso-countries/langs/it.json'));
  library.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  library.registerLocale(require('i18n-iso-countries/langs/de.json'));
  library.registerLocale(require('i18n-iso-countries/langs/es.json'));
  library.registerLocale(require('i18n-iso-countries/langs/pt.json'));
  return library;
});

const NAME_LOCALES = ['it', 'en', 'fr', 'de', 'es', 'pt'] as const;

/**
 * Codes that ISO 3166 reserves for a country that has another alpha-2 code: people write UK for the
 * United Kingdom (GB) and EL for Greece (GR, EL is the EU's abbreviation).
 */
const EXCEPTIONALLY_RESERVED: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** True for an ISO 3166-1 alpha-2 code written as the platform wants it: two uppercase letters. */
const COUNTRY_CODES = lazy(() => new TwoLetterCodes(Object.keys(countries().getAlpha2Codes())));

export function isCountryCode(value: string): boolean {
  return COUNTRY_CODES().has(value);
}

/** isCountryCode for text[start, end), read in place. */
export function isCountryCodeAt(text: string, start: number, end: number): boolean {
  return COUNTRY_CODES().hasAt(text, start, end);
}

/**
 * The alpha-2 code the user most likely meant ('it' -> 'IT', 'Italia'/'Italy' -> 'IT', 'ITA' -> 'IT',
 * 'UK' -> 'GB'), or undefined.
 */
export function suggestCountryCode(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const upper = trimmed.toUpperCase();
  if (isCountryCode(upper)) return upper;
  if (EXCEPTIONALLY_RESERVED[upper]) return EXCEPTIONALLY_RESERVED[upper];
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = countries().alpha3ToAlpha2(upper);
    if (alpha2) return alpha2;
  }
  return countryNames().get(normalizeName(trimmed));
}

let namesToCodes: Map<string, string> | undefined;

/** Country names in NAME_LOCALES, official and alternative ('Regno Unito', 'USA') -> code, built once. */
function countryNames(): Map<string, string> {
  if (namesToCodes) return namesToCodes;
  const map = new Map<string, string>();
  for (const locale of NAME_LOCALES) {
    for (const [code, names] of Object.entries(countries().getNames(locale, { select: 'all' }))) {
      for (const name of names) {
        const key = normalizeName(name);
        if (key && !map.has(key)) map.set(key, code);
      }
    }
  }
  namesToCodes = map;
  return map;
}

/** Name of an ISO 3166-1 alpha-2 country in the display locale ('IT','it' -> 'Italia'). */
export function countryName(code: string, displayLocale: string): string | undefined {
  if (!isCountryCode(code)) return undefined;
  const locale = displayLocale.toLowerCase().split(/[-_]/)[0];
  const registered = NAME_LOCALES.includes(locale as (typeof NAME_LOCALES)[number]);
  if (registered) return countries().getName(code, locale);
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'region', fallback: 'none' }).of(code) ?? countries().getName(code, 'en');
  } catch {
    return countries().getName(code, 'en');
  }
}
