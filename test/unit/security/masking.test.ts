import * as assert from 'node:assert/strict';
import { maskingLogger, maskSecrets, registerSecret, SecretMasker } from '../../../src/util/log';

describe('log lines and messages are masked before they are shown or written', () => {
  const secret = 'Kq9-registered-secret-7Zt';
  before(() => registerSecret(secret));

  it('hides a registered secret wherever it appears, however often', () => {
    const masked = maskSecrets(`token request for ${secret} failed; retry with ${secret}:${secret}`);
    assert.ok(!masked.includes(secret));
    assert.equal(masked.split('***').length - 1, 3);
  });

  it('hides bearer tokens and secret-bearing fields in headers, JSON and form bodies', () => {
    const lines = [
      'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
      '{"access_token":"at-5f2b9c1e","expires_in":300,"refresh_token":"rt-77aa"}',
      'client_id=ext-api&client_secret=Pl41n-form-value&grant_type=client_credentials',
      "{ client_secret: 'single-quoted-secret' }",
      'id_token=idt-123456',
    ];
    const leaked = ['eyJhbGciOiJSUzI1NiJ9', 'at-5f2b9c1e', 'rt-77aa', 'Pl41n-form-value', 'single-quoted-secret', 'idt-123456'];
    const masked = lines.map(maskSecrets).join('\n');
    for (const value of leaked) assert.ok(!masked.includes(value), `${value} was not masked in:\n${masked}`);
    // What is not secret stays readable.
    assert.match(masked, /grant_type=client_credentials/);
    assert.match(masked, /"expires_in":300/);
  });
});

describe('a SecretMasker belongs to whoever creates it', () => {
  it('masks what was registered with it, not what another masker holds', () => {
    const mine = new SecretMasker();
    const other = new SecretMasker();
    mine.register('Zx8-only-in-mine-Qp2');
    assert.equal(mine.mask('sent Zx8-only-in-mine-Qp2 twice: Zx8-only-in-mine-Qp2'), 'sent *** twice: ***');
    assert.equal(other.mask('sent Zx8-only-in-mine-Qp2'), 'sent Zx8-only-in-mine-Qp2');
    assert.equal(other.mask('Authorization: Bearer abc.def'), 'Authorization: Bearer ***');
  });

  it('a logger made with maskingLogger never passes a registered secret on', () => {
    const masker = new SecretMasker();
    masker.register('tok-4412-secret');
    const lines: string[] = [];
    const logger = maskingLogger({ trace: (m) => lines.push(m), info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) }, masker);
    logger.info('GET with tok-4412-secret');
    logger.error('failed: tok-4412-secret');
    assert.deepEqual(lines, ['GET with ***', 'failed: ***']);
  });
});
