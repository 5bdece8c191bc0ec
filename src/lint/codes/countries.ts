// Country codes and names come from i18n-iso-countries: English with its alternatives ('United States
// of America', 'U.S.A.') and Italian, the names most lists use, found with no ICU start-up (about 11 ms,
// which a CLI run would pay on its first 'Italia'). Then the runtime's Intl.DisplayNames, asked only for
// a name neither of those has: Italian again, for the names ICU writes otherwise ('Stati Uniti', where
// the package has 'Stati Uniti d'America'; 'Cechia'), then French, German, Spanish and Portuguese,
// which keeps their tables out of the bundles.
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

/** A language's file of i18n-iso-countries: code -> name, or names with alternatives first-listed. */
interface CountryNamesFile {
  countries: Readonly<Record<string, string | readonly string[]>>;
}

/** The languages whose country names come from the runtime, in the order they are looked up after the package's. */
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
  const key = normalizeName(trimmed);
  for (const names of NAME_TABLES) {
    const code = names().get(key);
    if (code) return code;
  }
  return undefined;
}

/** Normalized names -> code (when two codes share a name, the first keeps it). */
function nameTable(entries: Iterable<[string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, code] of entries) {
    const key = normalizeName(name);
    if (key && !map.has(key)) map.set(key, code);
  }
  return map;
}

/** Every name of a language's file, with its code. */
function namesIn(file: CountryNamesFile): [string, string][] {
  return Object.entries(file.countries).flatMap(([code, names]) => (typeof names === 'string' ? [names] : names).map((name): [string, string] => [name, code]));
}

/** A language's names of the ISO countries, from the runtime ('Stati Uniti', 'Allemagne'). */
function intlNames(locale: string): [string, string][] {
  const display = regionNames(locale);
  if (!display) return [];
  return Object.keys(countries().getNames('en')).flatMap((code): [string, string][] => {
    const name = display.of(code);
    return name ? [[name, code]] : [];
  });
}

/**
 * The name tables, looked up in this order (a name in two tables reads as in the first): Italian and
 * English with its alternatives ('United States of America', 'USA') from the package, then the
 * INTL_NAME_LOCALES from the runtime. Each is built when a lookup first reaches it: most names are
 * found in the first two.
 */
const NAME_TABLES: readonly (() => Map<string, string>)[] = [
  lazy(() => nameTable(namesIn(require('i18n-iso-countries/langs/it.json')))),
  lazy(() => nameTable(namesIn({ countries: countries().getNames('en', { select: 'all' }) }))),
  ...INTL_NAME_LOCALES.map((locale) => lazy(() => nameTable(intlNames(locale)))),
];

/** Name of an ISO 3166-1 alpha-2 country in the display locale ('IT','it' -> 'Italia'). */
export function countryName(code: string, displayLocale: string): string | undefined {
  if (!isCountryCode(code)) return undefined;
  const locale = displayLocale.toLowerCase().split(/[-_]/)[0];
  if (locale === 'en') return countries().getName(code, 'en');
  return regionNames(displayLocale)?.of(code) ?? countries().getName(code, 'en');
}
