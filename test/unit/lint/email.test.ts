// The e-mail check memoises validator's verdict per domain; it must always equal validator's isEmail.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import isEmail from 'validator/lib/isEmail';
import { EmailValidator, emailKey } from '../../../src/lint/codes/email';

const safeIsEmail = (v: string) => {
  try {
    return isEmail(v);
  } catch {
    return false;
  }
};

describe('e-mail validation', () => {
  it('agrees with validator isEmail on generated addresses', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '.', '-', '_', "'", '+', '@', ' ', 'é', '"', '\uD800'), maxLength: 12 });
    const domain = fc.constantFrom('company.com', 'x.it', 'company', '-bad.com', 'a..b.com', 'mail.company.co.uk', 'ex_ample.com', 'é.it', '[1.2.3.4]');
    fc.assert(
      fc.property(fc.array(fc.tuple(part, domain, fc.boolean()), { minLength: 1, maxLength: 20 }), (emails) => {
        const validator = new EmailValidator();
        for (const [local, host, withAt] of emails) {
          const email = withAt ? `${local}@${host}` : local + host;
          assert.equal(validator.isValid(email), safeIsEmail(email), JSON.stringify(email));
          // Read in place inside a line of the file, as the lint does.
          const line = `x@y.it,${email},@z`;
          const inPlace = validator.isValidAt(line, 7, 7 + email.length) ?? validator.isValid(email);
          assert.equal(inPlace, safeIsEmail(email), `in place: ${JSON.stringify(email)}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees at the length limits (local part 64, address 254)', () => {
    const validator = new EmailValidator();
    for (const email of [`${'a'.repeat(64)}@x.it`, `${'a'.repeat(65)}@x.it`, `${'a'.repeat(64)}@x@x.it`, `a.@x.it`, `.a@x.it`, `a..b@x.it`, `a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.it`, `a@${'b'.repeat(63)}.it`, `a@${'b'.repeat(64)}.it`]) {
      assert.equal(validator.isValid(email), safeIsEmail(email), email);
      const line = `x@y.it,${email},@z`;
      assert.equal(validator.isValidAt(line, 7, 7 + email.length) ?? validator.isValid(email), safeIsEmail(email), `in place: ${email}`);
    }
  });

  it('keys an address the same way whether it was just judged in place or not, and equal ignoring case', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '.', '-', '@', ' ', 'é', 'İ'), maxLength: 12 });
    const domain = fc.constantFrom('company.com', 'Company.COM', 'x.it', 'é.it', 'É.IT', 'company');
    fc.assert(
      fc.property(fc.array(fc.tuple(part, domain), { minLength: 1, maxLength: 20 }), (emails) => {
        const validator = new EmailValidator();
        for (const [local, host] of emails) {
          const email = `${local}@${host}`;
          const line = `x@y.it,${email},@z`;
          validator.isValidAt(line, 7, 7 + email.length);
          const key = validator.keyAt(line, 7, 7 + email.length);
          assert.equal(key, emailKey(email, 0, email.length), `judged in place: ${JSON.stringify(email)}`);
          assert.equal(key, emailKey(email.toUpperCase(), 0, email.length), `upper case: ${JSON.stringify(email)}`);
          assert.equal(new EmailValidator().keyAt(line, 7, 7 + email.length), key, `not judged: ${JSON.stringify(email)}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
