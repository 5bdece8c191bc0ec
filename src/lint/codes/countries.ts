// Country codes and English names (with their alternatives: 'United States of America', 'U.S.A.') come
// from i18n-iso-countries; the names in the other languages user lists are written in (Italian, French,
// German, Spanish, Portuguese) from the runtime's Intl.DisplayNames, which keeps their tables out of
// the extension's bundles.
import type * as CountriesLibrary from 'i18n-iso-countries/index';
import { lazy } from '../../util/lazy';
import { normalizeName } from './normalizeName';
import { TwoLetterCodes } from './twoLetterCodes';

// Required and registered on first use, not when the extension loads (a few ms of activation time).
const countries = lazy(() => {
  const library = require('i18n-iso-countries/index') as typeof CountriesLibrary;
  library.registerLocale(require('i18n-iso-countries/langs/en.json'));
  return library;
});

/** The languages whose country names are understood, besides English ('Italia', 'Allemagne'). */
const INTL_NAME_LOCALES = ['it', 'fr', 'de', 'es', 'pt'] as const;

/** The runtime's names of regions in a locale, or undefined when it has none. */
function regionNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    return undefined;
  }
}

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

/** Country names in English and INTL_NAME_LOCALES, official and alternative ('Regno Unito', 'USA') -> code, built once. */
const countryNames = lazy((): Map<string, string> => {
  const map = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const key = normalizeName(name ?? '');
    if (key && !map.has(key)) map.set(key, code);
  };
  const english = countries().getNames('en', { select: 'all' });
  // Italian first, as before: a name shared by two languages keeps the Italian reading.
  const displays = INTL_NAME_LOCALES.map(regionNames);
  for (const code of Object.keys(english)) add(displays[0]?.of(code), code);
  for (const [code, names] of Object.entries(english)) for (const name of names) add(name, code);
  for (const display of displays.slice(1)) for (const code of Object.keys(english)) add(display?.of(code), code);
  return map;
});

/** Name of an ISO 3166-1 alpha-2 country in the display locale ('IT','it' -> 'Italia'). */
export function countryName(code: string, displayLocale: string): string | undefined {
  if (!isCountryCode(code)) return undefined;
  const locale = displayLocale.toLowerCase().split(/[-_]/)[0];
  if (locale === 'en') return countries().getName(code, 'en');
  return regionNames(displayLocale)?.of(code) ?? countries().getName(code, 'en');
}
