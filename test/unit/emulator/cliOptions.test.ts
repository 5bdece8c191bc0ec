// The emulator's command line (`node dist/emulator.js ...`): each fault option becomes the EmulatorFaults
// field the emulator reads, and a value it cannot use stops it with a sentence showing the right shape.
import * as assert from 'node:assert/strict';
import { emulatorHelp, EmulatorUsageError, parseEmulatorArgs } from '../../../src/emulator/cliOptions';
import type { EmulatorFaults } from '../../../src/emulator/faults';

function faultsOf(...argv: string[]): EmulatorFaults {
  const command = parseEmulatorArgs(argv);
  assert.equal(command.help, false);
  return command.help ? {} : command.faults;
}

function refusal(...argv: string[]): string {
  try {
    parseEmulatorArgs(argv);
  } catch (err) {
    assert.ok(err instanceof EmulatorUsageError, String(err));
    return err.message;
  }
  assert.fail(`${argv.join(' ')} was accepted`);
}

describe('emulator command line (faults switched without code)', () => {
  it('without options: port 0, 230 users, seed demo and no fault', () => {
    assert.deepEqual(parseEmulatorArgs([]), { help: false, port: 0, users: 230, seed: 'demo', faults: {} });
  });

  it('reads --port, --users and --seed', () => {
    assert.deepEqual(parseEmulatorArgs(['--port', '8123', '--users', '5000', '--seed', 'acme']), {
      help: false, port: 8123, users: 5000, seed: 'acme', faults: {},
    });
  });

  it('--help and -h ask for the help text, which lists every option', () => {
    assert.deepEqual(parseEmulatorArgs(['--help']), { help: true });
    assert.deepEqual(parseEmulatorArgs(['-h', '--transient', 'bad']), { help: true });
    const help = emulatorHelp();
    for (const flag of ['--port N', '--users N', '--seed S', '--after N', '--latency MS', '--transient COUNT[:STATUS]',
      '--rate-limit COUNT:SECONDS', '--html-error COUNT[:STATUS]', '--error COUNT:STATUS:CODE[:MESSAGE]', '--malformed-json COUNT',
      '--truncated-body COUNT', '--connection-reset COUNT', '--stall-body COUNT', '--bad-field COUNT',
      '--token-endpoint-down COUNT[:MODE]', '--revoke-tokens-after N', '--data-change AFTER:DELTA', '--expires-in SECONDS',
      '--error-body-style flat|nested|text|empty', '--rankings ok|403|404', '--huge-body COUNT:MB', '--endless-body COUNT',
      '--revoke-tokens-every MS']) {
      assert.ok(help.includes(flag), flag);
    }
    assert.ok(help.split('\n').every((line) => line.length <= 100), 'help lines fit 100 columns');
  });

  const accepted: [string[], EmulatorFaults][] = [
    [['--latency', '800'], { latencyMs: 800 }],
    [['--revoke-tokens-after', '3'], { revokeTokens: { after: 3 } }],
    [['--transient', '2'], { transient: { count: 2 } }],
    [['--transient', '3:504'], { transient: { count: 3, status: 504 } }],
    [['--rate-limit', '5:2'], { rateLimit: { count: 5, retryAfterSeconds: 2 } }],
    [['--rate-limit', '1:0'], { rateLimit: { count: 1, retryAfterSeconds: 0 } }],
    [['--html-error', '1'], { htmlErrorPage: { count: 1 } }],
    [['--html-error', '2:500'], { htmlErrorPage: { count: 2, status: 500 } }],
    [['--error', '1:404:EXT_1003'], { forcedError: { count: 1, status: 404, code: 'EXT_1003' } }],
    [['--error', '2:500:EXT_1002:Error: retrieving data'], { forcedError: { count: 2, status: 500, code: 'EXT_1002', message: 'Error: retrieving data' } }],
    [['--malformed-json', '1'], { malformedJson: { count: 1 } }],
    [['--truncated-body', '2'], { truncatedBody: { count: 2 } }],
    [['--connection-reset', '3'], { connectionReset: { count: 3 } }],
    [['--stall-body', '1'], { stallBody: { count: 1 } }],
    [['--bad-field', '1'], { badField: { count: 1 } }],
    [['--data-change', '2:5'], { dataChange: { after: 2, delta: 5 } }],
    [['--data-change=2:-5'], { dataChange: { after: 2, delta: -5 } }],
    [['--token-endpoint-down', '2'], { tokenEndpointDown: { count: 2 } }],
    [['--token-endpoint-down', '1:reset'], { tokenEndpointDown: { count: 1, mode: 'reset' } }],
    [['--token-endpoint-down', '1:status'], { tokenEndpointDown: { count: 1, mode: 'status' } }],
    [['--expires-in', '30'], { expiresInSeconds: 30 }],
    [['--error-body-style', 'nested'], { errorBodyStyle: 'nested' }],
    [['--error-body-style', 'empty'], { errorBodyStyle: 'empty' }],
    [['--rankings', '403'], { rankings: 403 }],
    [['--rankings', 'ok'], { rankings: 'ok' }],
    [['--huge-body', '1:9'], { hugeBody: { count: 1, megabytes: 9 } }],
    [['--endless-body', '2'], { endlessBody: { count: 2 } }],
    [['--revoke-tokens-every', '400'], { revokeTokensEveryMs: 400 }],
  ];
  for (const [argv, faults] of accepted) {
    it(`${argv.join(' ')} -> ${JSON.stringify(faults)}`, () => assert.deepEqual(faultsOf(...argv), faults));
  }

  it('--after N delays every counted fault given, and not the faults that carry their own point in time', () => {
    assert.deepEqual(faultsOf('--after', '3', '--transient', '2:502', '--rate-limit', '1:4', '--token-endpoint-down', '1', '--revoke-tokens-after', '5', '--latency', '10'), {
      latencyMs: 10,
      transient: { count: 2, status: 502, after: 3 },
      rateLimit: { count: 1, retryAfterSeconds: 4, after: 3 },
      tokenEndpointDown: { count: 1, after: 3 },
      revokeTokens: { after: 5 },
    });
  });

  it('several faults at once each keep their settings', () => {
    assert.deepEqual(faultsOf('--latency', '50', '--malformed-json', '1', '--error-body-style', 'text', '--rankings', '404'), {
      latencyMs: 50, malformedJson: { count: 1 }, errorBodyStyle: 'text', rankings: 404,
    });
  });

  const refused: [string[], string][] = [
    [['--rate-limit', '5'], '--rate-limit must be COUNT:SECONDS, e.g. 5:2'],
    [['--rate-limit', '0:2'], '--rate-limit must be COUNT:SECONDS, e.g. 5:2'],
    [['--rate-limit', '5:2:1'], '--rate-limit must be COUNT:SECONDS, e.g. 5:2'],
    [['--transient', '2:500'], '--transient must be COUNT[:STATUS] (COUNT at least 1, STATUS 502, 503 or 504), e.g. 3:502'],
    [['--transient', '0'], '--transient must be COUNT[:STATUS] (COUNT at least 1, STATUS 502, 503 or 504), e.g. 3:502'],
    [['--transient', '1.5'], '--transient must be COUNT[:STATUS] (COUNT at least 1, STATUS 502, 503 or 504), e.g. 3:502'],
    [['--html-error', '1:200'], '--html-error must be COUNT[:STATUS] (COUNT at least 1, STATUS 400 to 599), e.g. 2:504'],
    [['--error', '1:404'], '--error must be COUNT:STATUS:CODE[:MESSAGE] (COUNT at least 1, STATUS 400 to 599), e.g. 1:404:EXT_1003'],
    [['--error', '1:4o4:EXT_1003'], '--error must be COUNT:STATUS:CODE[:MESSAGE] (COUNT at least 1, STATUS 400 to 599), e.g. 1:404:EXT_1003'],
    [['--error', '1:404:EXT 1003'], '--error must be COUNT:STATUS:CODE[:MESSAGE] (COUNT at least 1, STATUS 400 to 599), e.g. 1:404:EXT_1003'],
    [['--malformed-json', 'x'], '--malformed-json must be COUNT (COUNT at least 1), e.g. 2'],
    [['--truncated-body', '-1'], "Option '--truncated-body' argument is ambiguous"],
    [['--connection-reset', '0'], '--connection-reset must be COUNT (COUNT at least 1), e.g. 2'],
    [['--stall-body', ''], '--stall-body must be COUNT (COUNT at least 1), e.g. 2'],
    [['--bad-field', '1e3'], '--bad-field must be COUNT (COUNT at least 1), e.g. 2'],
    [['--data-change', '2:0'], '--data-change must be AFTER:DELTA (DELTA a whole number other than 0), e.g. 2:-5'],
    [['--data-change', '2'], '--data-change must be AFTER:DELTA (DELTA a whole number other than 0), e.g. 2:-5'],
    [['--token-endpoint-down', '1:down'], '--token-endpoint-down must be COUNT[:MODE] (COUNT at least 1, MODE status or reset), e.g. 2:reset'],
    [['--revoke-tokens-after', 'soon'], '--revoke-tokens-after must be N (a whole number), e.g. 3'],
    [['--expires-in', '-30'], "Option '--expires-in' argument is ambiguous"],
    [['--expires-in', '5m'], '--expires-in must be SECONDS (a whole number), e.g. 30'],
    [['--latency', 'slow'], '--latency must be MS (a whole number), e.g. 800'],
    [['--error-body-style', 'xml'], '--error-body-style must be flat|nested|text|empty, e.g. nested'],
    [['--rankings', '500'], '--rankings must be ok|403|404, e.g. 403'],
    [['--after', 'x', '--transient', '1'], '--after must be a whole number, e.g. 3'],
    [['--after', '2'], '--after only delays counted faults: give one too, e.g. --after 3 --transient 2'],
    [['--after', '2', '--latency', '5'], '--after only delays counted faults: give one too, e.g. --after 3 --transient 2'],
    [['--port', '70000'], '--port must be a whole number from 0 to 65535, e.g. 8123'],
    [['--users', 'many'], '--users must be a whole number, e.g. 5000'],
  ];
  for (const [argv, message] of refused) {
    it(`refuses ${argv.join(' ')}: "${message}"`, () => assert.ok(refusal(...argv).startsWith(message), refusal(...argv)));
  }

  it('an unknown option, a missing value or a stray word points to --help', () => {
    assert.match(refusal('--fast'), /'--fast'.*\(see --help\)$/);
    assert.match(refusal('--transient'), /'--transient <value>' argument missing.*\(see --help\)$/);
    assert.match(refusal('transient'), /'transient'.*\(see --help\)$/);
  });
});
