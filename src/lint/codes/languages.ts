// Language codes and names come from iso-639-1 (codes, English and native names) and Intl (Italian
// names, 3-letter codes), not from a hand-typed table.
import type ISO6391Library from 'iso-639-1';
import { lazy } from '../../util/lazy';
import { normalizeName } from './normalizeName';
import { TwoLetterCodes } from './twoLetterCodes';

/** True for an ISO 639-1 code written as the platform wants it: two lowercase letters. */
// Required on first use, not when the extension loads (a few ms of activation time).
// The package sets module.exports to its class: that is what the default import names.
const ISO6391 = lazy(() => require('iso-639-1') as typeof ISO6391Library);
const LANGUAGE_CODES = lazy(() => new TwoLetterCodes(ISO6391().getAllCodes()));

export function isLanguageCode(value: string): boolean {
  return LANGUAGE_CODES().has(value);
}

/** isLanguageCode for text[start, end), read in place. */
export function isLanguageCodeAt(text: string, start: number, end: number): boolean {
  return LANGUAGE_CODES().hasAt(text, start, end);
}

/** The languages whose names for other languages are understood ('Italienisch', 'italien'). */
const NAME_LOCALES = ['it', 'en', 'fr', 'de', 'es', 'pt'];

/** English, native and NAME_LOCALES language names -> code (built once, on first use). */
const languageNames = lazy((): Map<string, string> => {
  const map = new Map<string, string>();
  const displays = NAME_LOCALES.map((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
  for (const code of ISO6391().getAllCodes()) {
    const names = [ISO6391().getName(code), ISO6391().getNativeName(code), ...displays.map((d) => d.of(code))];
    for (const name of names) {
      for (const part of (name ?? '').split(/[,;]/)) {
        const key = normalizeName(part);
        if (key && !map.has(key)) map.set(key, code);
      }
    }
  }
  return map;
});

/** A code's primary language subtag via Intl ('ita' -> 'it', 'it-IT' -> 'it'), if it is ISO 639-1. */
function viaIntlLocale(tag: string): string | undefined {
  try {
    const language = new Intl.Locale(tag).language;
    return isLanguageCode(language) ? language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ISO 639-1 code the user most likely meant ('IT' -> 'it', 'Italiano'/'Italian' -> 'it',
 * 'it-IT'/'it_IT' -> 'it', 'ita' -> 'it'), or undefined when there is no unambiguous answer.
 */
export function suggestLanguageCode(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const lower = trimmed.toLowerCase();
  if (isLanguageCode(lower)) return lower;
  if (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(trimmed)) {
    const fromTag = viaIntlLocale(trimmed.replaceAll('_', '-'));
    if (fromTag) return fromTag;
  }
  // English and native names first (a direct lookup); the full table with Italian names only if needed.
  const byName = ISO6391().getCode(trimmed);
  if (byName) return byName;
  return languageNames().get(normalizeName(trimmed));
}

/** Name of an ISO 639-1 language in the display locale ('it','it' -> 'italiano'). */
export function languageName(code: string, displayLocale: string): string | undefined {
  if (!isLanguageCode(code)) return undefined;
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language', fallback: 'none' }).of(code) ?? ISO6391().getName(code);
  } catch {
    return ISO6391().getName(code) || undefined;
  }
}
