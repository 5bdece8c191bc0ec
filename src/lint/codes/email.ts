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
const ASCII_LOCAL_PART = /^[a-z\d!#$%&'*+\-/=?^_`{|}~]+(?:\.[a-z\d!#$%&'*+\-/=?^_`{|}~]+)*$/i;
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/** An e-mail validator with a per-instance domain cache (one instance per lint run). */
export class EmailValidator {
  private readonly domains = new Map<string, boolean>();

  isValid(email: string): boolean {
    const at = email.lastIndexOf('@');
    if (at <= 0 || email.length > MAX_EMAIL_LENGTH) return isEmail(email);
    const domain = email.slice(at + 1);
    if (at > MAX_LOCAL_LENGTH || domain.length > MAX_EMAIL_LENGTH - 2 || !ASCII_LOCAL_PART.test(email.slice(0, at))) {
      return isEmail(email);
    }
    let valid = this.domains.get(domain);
    if (valid === undefined) {
      valid = isEmail(`a@${domain}`);
      this.domains.set(domain, valid);
    }
    return valid;
  }
}
