import validatorIsEmail from 'validator/lib/isEmail';

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
/** ASCII_LOCAL_PART_THEN_AT's characters as a table, for asciiLocalPartEnd. */
const LOCAL_CHARS = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~") LOCAL_CHARS[ch.charCodeAt(0)] = 1;

/**
 * Where the ASCII local part starting at `start` ends: the index of the first character that is not
 * one of LOCAL_CHARS, or -1 when the dots are misplaced (first, last or doubled) or the part is empty.
 * A loop: cheaper than a regex call per row.
 */
function asciiLocalPartEnd(text: string, start: number, end: number): number {
  let previousDot = true; // no dot first
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (previousDot) return -1;
      previousDot = true;
    } else if (c < 128 && LOCAL_CHARS[c] === 1) previousDot = false;
    else break;
  }
  return previousDot ? -1 : i; // no dot last, not empty
}
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/** An e-mail validator with a per-instance domain cache (one instance per lint run). */
export class EmailValidator {
  /** Domain -> 0 invalid, 1 valid, 2 valid but containing Unicode whitespace (isFQDN allows it). */
  private readonly domains = new Map<string, number>();
  private lastDomain = '';
  /**
   * lastDomain's characters, compared with the file text in place: the string itself is usually a
   * slice of the file, and reading a sliced string character by character is several times slower.
   */
  private readonly lastDomainCodes = new Uint16Array(MAX_EMAIL_LENGTH);
  private lastValid = false;
  private lastDomainClean = false;
  private lastVerdictClean = false;
  private lastText = '';
  private lastStart = -1;
  private lastEnd = -1;
  private lastVerdict: boolean | undefined;

  /**
   * The same verdict for text[start, end), read in place when the address has the common shape;
   * undefined when the caller must ask isValid with the string.
   */
  isValidAt(text: string, start: number, end: number): boolean | undefined {
    // Several rules ask about the same cell in a row: answer the repeat from memory.
    if (start === this.lastStart && end === this.lastEnd && text === this.lastText) return this.lastVerdict;
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
    // One forward pass: the local part's characters exclude '@', so it must stop at the only '@'.
    const at = asciiLocalPartEnd(text, start, end);
    if (at < 0 || at === end || text.charCodeAt(at) !== 64 || at - start > MAX_LOCAL_LENGTH) return undefined;
    const domainLength = end - at - 1;
    // A known domain never contains '@' (it was read after the last one), so this '@' is the last.
    if (domainLength === this.lastDomain.length && this.isLastDomainAt(text, at + 1)) return this.lastValid;
    for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === 64) return undefined;
    return this.domainVerdict(text.slice(at + 1, end));
  }

  private isLastDomainAt(text: string, position: number): boolean {
    const codes = this.lastDomainCodes;
    const length = this.lastDomain.length;
    for (let i = 0; i < length; i++) if (text.charCodeAt(position + i) !== codes[i]) return false;
    return true;
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
    // Domains longer than the table are never compared in place (judgeAt only reads shorter ones).
    for (let i = 0; i < domain.length && i < MAX_EMAIL_LENGTH; i++) this.lastDomainCodes[i] = domain.charCodeAt(i);
    this.lastValid = verdict !== 0;
    this.lastDomainClean = verdict === 1;
    return this.lastValid;
  }
}
