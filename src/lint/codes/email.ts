import validatorIsEmail from 'validator/lib/isEmail';
import { hasWhitespaceAt } from '../text/whitespace';
import { combineKeys, finishKey, KEY_PRIME, KEY_SEED, keyIgnoringCase } from '../text/caseKey';

/** validator's isEmail throws URIError on a lone surrogate (it calls encodeURI): such text is no e-mail. */
function isEmail(text: string): boolean {
  try {
    return validatorIsEmail(text);
  } catch {
    return false;
  }
}

// validator's isEmail is the reference, but it costs microseconds per call. Its verdict splits into a
// check of the part before the last '@' and a check of the domain, and domains repeat in a user
// list, so the domain verdict is asked once per domain (as isEmail('a@' + domain)) and the common
// ASCII local part is checked with validator's own local-part pattern. Anything else goes to isEmail.
// test/unit/lint/email.test.ts checks that this always equals isEmail.
/** validator's ASCII local-part characters, dot-separated non-empty parts, then the (only) '@'. */
const ASCII_LOCAL_PART_THEN_AT = /^[a-z\d!#$%&'*+\-/=?^_`{|}~]+(?:\.[a-z\d!#$%&'*+\-/=?^_`{|}~]+)*@/i;
/** ASCII_LOCAL_PART_THEN_AT's characters as a table, for judgeAt. */
const LOCAL_CHARS = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~") LOCAL_CHARS[ch.charCodeAt(0)] = 1;

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/** An e-mail validator with a per-instance domain cache (one instance per lint run). */
export class EmailValidator {
  /** Domain -> 0 invalid, 1 valid, 2 valid but containing Unicode whitespace (isFQDN allows it). */
  private readonly domains = new Map<string, number>();
  private lastDomain = '';
  /** lastDomain's key (keyIgnoringCase), combined with each local part's in emailKeyAt. */
  private lastDomainKey = 0;
  /** lastDomain's characters (see isLastDomainAt). */
  private readonly lastDomainCodes = new Uint16Array(MAX_EMAIL_LENGTH);
  private lastValid = false;
  private lastDomainClean = false;
  private lastVerdictClean = false;
  private lastText = '';
  private lastStart = -1;
  private lastEnd = -1;
  private lastVerdict: boolean | undefined;
  /** The key of the address judged last, computed on the way (undefined when judgeAt did not read it all). */
  private lastKey: number | undefined;

  /**
   * The quick test the e-mail rules share (RuleDefinition.looksAt): empty, or a valid address with no
   * whitespace, so neither CG202 (format) nor CG203 (whitespace) has anything to say. One per
   * validator, so the engine runs it once per cell for both. (A CellTest, built here without the rule
   * API, which imports this module.)
   */
  readonly acceptsCell = Object.assign((value: string) => value === '' || (!hasWhitespaceAt(value, 0, value.length) && this.isValid(value)), {
    inPlace: (text: string, start: number, end: number) => start === end || this.isValidWithoutWhitespaceAt(text, start, end),
  });

  /**
   * The same verdict for text[start, end), read in place when the address has the common shape;
   * undefined when the caller must ask isValid with the string.
   */
  isValidAt(text: string, start: number, end: number): boolean | undefined {
    // Several rules ask about the same cell in a row: answer the repeat from memory.
    if (start === this.lastStart && end === this.lastEnd && text === this.lastText) return this.lastVerdict;
    this.lastKey = undefined;
    const verdict = this.judgeAt(text, start, end);
    this.lastVerdictClean = verdict === true && this.lastDomainClean;
    this.lastText = text;
    this.lastStart = start;
    this.lastEnd = end;
    this.lastVerdict = verdict;
    return verdict;
  }

  /**
   * True when text[start, end) is a valid address read in place and contains no whitespace at all
   * (the local part never can; a domain may hold Unicode spaces that isEmail accepts).
   */
  isValidWithoutWhitespaceAt(text: string, start: number, end: number): boolean {
    return this.isValidAt(text, start, end) === true && this.lastVerdictClean;
  }

  private judgeAt(text: string, start: number, end: number): boolean | undefined {
    if (end - start > MAX_EMAIL_LENGTH) return undefined;
    // One forward pass over the ASCII local part (validator's characters, dot-separated non-empty
    // parts), keying it on the way with keyIgnoringCase's step (all ASCII here), so the key is the one
    // emailKey gives: its characters exclude '@', so it must stop at the only '@'.
    let key = KEY_SEED;
    let previousDot = true; // no dot first
    let at = start;
    for (; at < end; at++) {
      const c = text.charCodeAt(at);
      if (c === 46) {
        if (previousDot) return undefined;
        previousDot = true;
      } else if (c < 128 && LOCAL_CHARS[c] === 1) previousDot = false;
      else break;
      key = Math.imul(key ^ (c | 32), KEY_PRIME);
    }
    // No dot last, not empty, then the '@'.
    if (previousDot || at === end || text.charCodeAt(at) !== 64 || at - start > MAX_LOCAL_LENGTH) return undefined;
    const domainLength = end - at - 1;
    // A known domain never contains '@' (it was read after the last one), so this '@' is the last.
    if (domainLength !== this.lastDomain.length || !this.isLastDomainAt(text, at + 1)) {
      for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === 64) return undefined;
      this.domainVerdict(text.slice(at + 1, end));
    }
    this.lastKey = combineKeys(finishKey(key), this.lastDomainKey);
    return this.lastValid;
  }

  /**
   * lastDomain is compared through a copy of its characters: the string itself is usually a slice of
   * the file, and reading a sliced string (or asking startsWith of one) is several times slower.
   */
  private isLastDomainAt(text: string, position: number): boolean {
    const codes = this.lastDomainCodes;
    const length = this.lastDomain.length;
    for (let i = 0; i < length; i++) if (text.charCodeAt(position + i) !== codes[i]) return false;
    return true;
  }

  /**
   * The duplicate key of text[start, end): equal for addresses equal ignoring case (see emailKey).
   * The cell judged last in place was keyed on the way, so asking about it reads nothing again.
   */
  keyAt(text: string, start: number, end: number): number {
    if (start === this.lastStart && end === this.lastEnd && text === this.lastText && this.lastKey !== undefined) return this.lastKey;
    return emailKey(text, start, end);
  }

  isValid(email: string): boolean {
    const at = email.lastIndexOf('@');
    const domainLength = email.length - at - 1;
    if (at <= 0 || at > MAX_LOCAL_LENGTH || email.length > MAX_EMAIL_LENGTH || domainLength > MAX_EMAIL_LENGTH - 2) return isEmail(email);
    if (email.indexOf('@') !== at || !ASCII_LOCAL_PART_THEN_AT.test(email)) return isEmail(email);
    if (domainLength === this.lastDomain.length && email.endsWith(this.lastDomain)) return this.lastValid;
    return this.domainVerdict(email.slice(at + 1));
  }

  private domainVerdict(domain: string): boolean {
    let verdict = this.domains.get(domain);
    if (verdict === undefined) {
      verdict = isEmail(`a@${domain}`) ? (/[\s\u0000-\u001f\u200b]/.test(domain) ? 2 : 1) : 0;
      this.domains.set(domain, verdict);
    }
    this.lastDomain = domain;
    this.lastDomainKey = keyIgnoringCase(domain, 0, domain.length);
    // Domains longer than the copy are never compared in place (judgeAt only reads shorter addresses).
    for (let i = 0; i < domain.length && i < MAX_EMAIL_LENGTH; i++) this.lastDomainCodes[i] = domain.charCodeAt(i);
    this.lastValid = verdict !== 0;
    this.lastDomainClean = verdict === 1;
    return this.lastValid;
  }
}

/**
 * The duplicate key of an address, text[start, end): the keys of the part before the last '@' and of
 * the domain, each ignoring case, combined (a text without '@' is keyed whole). Keys are compared
 * first and the values confirmed, so a key only has to spread addresses well.
 */
export function emailKey(text: string, start: number, end: number): number {
  const at = start < end ? text.lastIndexOf('@', end - 1) : -1;
  if (at < start) return keyIgnoringCase(text, start, end);
  return combineKeys(keyIgnoringCase(text, start, at), keyIgnoringCase(text, at + 1, end));
}
