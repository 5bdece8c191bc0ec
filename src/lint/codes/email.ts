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
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/** An e-mail validator with a per-instance domain cache (one instance per lint run). */
export class EmailValidator {
  private readonly domains = new Map<string, boolean>();
  private lastDomain = '';
  private lastValid = false;

  isValid(email: string): boolean {
    const at = email.lastIndexOf('@');
    const domainLength = email.length - at - 1;
    if (at <= 0 || at > MAX_LOCAL_LENGTH || email.length > MAX_EMAIL_LENGTH || domainLength > MAX_EMAIL_LENGTH - 2) return isEmail(email);
    if (email.indexOf('@') !== at || !ASCII_LOCAL_PART_THEN_AT.test(email)) return isEmail(email);
    if (domainLength === this.lastDomain.length && email.endsWith(this.lastDomain)) return this.lastValid;
    const domain = email.slice(at + 1);
    let valid = this.domains.get(domain);
    if (valid === undefined) {
      valid = isEmail(`a@${domain}`);
      this.domains.set(domain, valid);
    }
    this.lastDomain = domain;
    this.lastValid = valid;
    return valid;
  }
}
