// The command line of `node dist/emulator.js`: argv to port, users, seed and EmulatorFaults, so a slow or
// failing platform can be tried from the sidebar without writing code. One table drives the parser,
// the checks and the --help text, so they cannot drift apart.
import { parseArgs } from 'node:util';
import type { EmulatorFaults, ErrorBodyStyle } from './faults';

/** A command line the emulator cannot run with; the message says what the option must look like. */
export class EmulatorUsageError extends Error {}

export type EmulatorCommand =
  | { help: true }
  | { help: false; port: number; users: number; seed: string; faults: EmulatorFaults };

interface FaultOption {
  /** What the value looks like, e.g. COUNT:SECONDS. */
  shape: string;
  /** Limits the shape does not show, for the error message. */
  limits?: string;
  example: string;
  help: string;
  /** Takes a COUNT of requests in a row, which --after delays. */
  counted?: boolean;
  /** The fault's fields for `value`, or undefined when the value does not fit. `after` is --after's N. */
  read(value: string, after: number | undefined): EmulatorFaults | undefined;
}

/** A whole number written with digits only (no sign, exponent or spaces). */
function whole(text: string | undefined, min = 0): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

/** The faults `make` builds from a whole-number value, or undefined when the value is not one. */
function fromWhole(value: string, make: (n: number) => EmulatorFaults): EmulatorFaults | undefined {
  const n = whole(value);
  return n === undefined ? undefined : make(n);
}

/** `count` requests in a row, after the first `after` (the CountedFault shape). */
function counted(count: number, after: number | undefined): { count: number; after?: number } {
  return after === undefined ? { count } : { count, after };
}

/** COUNT[:STATUS] with STATUS one of `allowed` (any HTTP error status when omitted). */
function countAndStatus(value: string, allowed?: readonly number[]): { count: number; status?: number } | undefined {
  const [countText, statusText, ...rest] = value.split(':');
  const count = whole(countText, 1);
  if (count === undefined || rest.length > 0) return undefined;
  if (statusText === undefined) return { count };
  const status = whole(statusText);
  if (status === undefined || (allowed ? !allowed.includes(status) : status < 400 || status > 599)) return undefined;
  return { count, status };
}

/** A fault that has no setting besides its COUNT. */
function countedField(
  field: 'malformedJson' | 'truncatedBody' | 'connectionReset' | 'stallBody' | 'badField' | 'endlessBody',
  help: string,
): FaultOption {
  return {
    shape: 'COUNT',
    limits: 'COUNT at least 1',
    counted: true,
    example: '2',
    help,
    read(value, after) {
      const count = whole(value, 1);
      return count === undefined ? undefined : { [field]: counted(count, after) };
    },
  };
}

const ERROR_BODY_STYLES: readonly ErrorBodyStyle[] = ['flat', 'nested', 'text', 'empty'];

/** Every fault option, in the order --help lists them. Keys are the option names without `--`. */
const FAULT_OPTIONS: Record<string, FaultOption> = {
  latency: {
    shape: 'MS',
    limits: 'a whole number',
    example: '800',
    help: 'delay before every answer, token endpoint included',
    read: (value) => fromWhole(value, (ms) => ({ latencyMs: ms })),
  },
  transient: {
    counted: true,
    shape: 'COUNT[:STATUS]',
    limits: 'COUNT at least 1, STATUS 502, 503 or 504',
    example: '3:502',
    help: 'gateway error 502, 503 (default) or 504',
    read(value, after) {
      const parsed = countAndStatus(value, [502, 503, 504]);
      if (!parsed) return undefined;
      const status = parsed.status as 502 | 503 | 504 | undefined;
      return { transient: { ...counted(parsed.count, after), ...(status === undefined ? {} : { status }) } };
    },
  },
  'rate-limit': {
    counted: true,
    shape: 'COUNT:SECONDS',
    example: '5:2',
    help: '429 with Retry-After: SECONDS',
    read(value, after) {
      const [countText, secondsText, ...rest] = value.split(':');
      const count = whole(countText, 1);
      const seconds = whole(secondsText);
      if (count === undefined || seconds === undefined || rest.length > 0) return undefined;
      return { rateLimit: { ...counted(count, after), retryAfterSeconds: seconds } };
    },
  },
  'html-error': {
    counted: true,
    shape: 'COUNT[:STATUS]',
    limits: 'COUNT at least 1, STATUS 400 to 599',
    example: '2:504',
    help: 'an HTML error page as proxies send (default 502)',
    read(value, after) {
      const parsed = countAndStatus(value);
      if (!parsed) return undefined;
      return { htmlErrorPage: { ...counted(parsed.count, after), ...(parsed.status === undefined ? {} : { status: parsed.status }) } };
    },
  },
  error: {
    counted: true,
    shape: 'COUNT:STATUS:CODE[:MESSAGE]',
    limits: 'COUNT at least 1, STATUS 400 to 599',
    example: '1:404:EXT_1003',
    help: 'a platform error, e.g. 1:404:EXT_1003',
    read(value, after) {
      const [countText, statusText, code, ...message] = value.split(':');
      const parsed = countAndStatus(`${countText}:${statusText}`);
      if (!parsed?.status || code === undefined || !/^[A-Za-z0-9_.-]+$/.test(code)) return undefined;
      const text = message.join(':');
      if (message.length > 0 && text.trim() === '') return undefined;
      return { forcedError: { ...counted(parsed.count, after), status: parsed.status, code, ...(text ? { message: text } : {}) } };
    },
  },
  'malformed-json': countedField('malformedJson', '200 with a body that is not JSON'),
  'truncated-body': countedField('truncatedBody', '200 whose body stops halfway'),
  'connection-reset': countedField('connectionReset', 'half the body, then the connection is reset'),
  'stall-body': countedField('stallBody', "half the body, then nothing (until the client's timeout)"),
  'bad-field': countedField('badField', 'a user whose completed_total is a string'),
  'huge-body': {
    counted: true,
    shape: 'COUNT:MB',
    limits: 'COUNT at least 1, MB from 1 to 1024',
    example: '1:9',
    help: '200 with {"users":[{},{},...]} of about MB megabytes',
    read(value, after) {
      const [countText, megabytesText, ...rest] = value.split(':');
      const count = whole(countText, 1);
      const megabytes = whole(megabytesText, 1);
      if (count === undefined || megabytes === undefined || megabytes > 1024 || rest.length > 0) return undefined;
      return { hugeBody: { ...counted(count, after), megabytes } };
    },
  },
  'endless-body': countedField('endlessBody', '200 with a body that never ends'),
  'token-endpoint-down': {
    counted: true,
    shape: 'COUNT[:MODE]',
    limits: 'COUNT at least 1, MODE status or reset',
    example: '2:reset',
    help: 'token requests get 503 (status, default) or a reset',
    read(value, after) {
      const [countText, mode, ...rest] = value.split(':');
      const count = whole(countText, 1);
      if (count === undefined || rest.length > 0 || (mode !== undefined && mode !== 'status' && mode !== 'reset')) return undefined;
      return { tokenEndpointDown: { ...counted(count, after), ...(mode === undefined ? {} : { mode }) } };
    },
  },
  'revoke-tokens-after': {
    shape: 'N',
    limits: 'a whole number',
    example: '3',
    help: 'after N API requests, tokens issued so far are refused',
    read: (value) => fromWhole(value, (after) => ({ revokeTokens: { after } })),
  },
  'revoke-tokens-every': {
    shape: 'MS',
    limits: 'a whole number from 1',
    example: '400',
    help: 'every MS ms, tokens issued so far are refused',
    read: (value) => {
      const ms = whole(value, 1);
      return ms === undefined ? undefined : { revokeTokensEveryMs: ms };
    },
  },
  'data-change': {
    shape: 'AFTER:DELTA',
    limits: 'DELTA a whole number other than 0',
    example: '2:-5',
    help: 'after AFTER API requests, DELTA users added (-: removed)',
    read(value) {
      const [afterText, deltaText, ...rest] = value.split(':');
      const after = whole(afterText);
      const delta = deltaText !== undefined && /^[+-]?\d+$/.test(deltaText) ? Number(deltaText) : 0;
      if (after === undefined || !Number.isSafeInteger(delta) || delta === 0 || rest.length > 0) return undefined;
      return { dataChange: { after, delta } };
    },
  },
  'expires-in': {
    shape: 'SECONDS',
    limits: 'a whole number',
    example: '30',
    help: 'expires_in of new tokens (default 300), really applied',
    read: (value) => fromWhole(value, (seconds) => ({ expiresInSeconds: seconds })),
  },
  'error-body-style': {
    shape: ERROR_BODY_STYLES.join('|'),
    example: 'nested',
    help: 'how platform errors are written (default flat)',
    read: (value) => (ERROR_BODY_STYLES.includes(value as ErrorBodyStyle) ? { errorBodyStyle: value as ErrorBodyStyle } : undefined),
  },
  rankings: {
    shape: 'ok|403|404',
    example: '403',
    help: 'the team ranking answers (default) or is refused',
    read: (value) => (value === 'ok' ? { rankings: 'ok' } : value === '403' || value === '404' ? { rankings: Number(value) as 403 | 404 } : undefined),
  },
};

function usage(name: string, option: Pick<FaultOption, 'shape' | 'limits' | 'example'>): string {
  return `--${name} must be ${option.shape}${option.limits ? ` (${option.limits})` : ''}, e.g. ${option.example}`;
}

function optionLine(flag: string, help: string): string {
  const width = 36;
  return flag.length < width ? `  ${flag.padEnd(width)}${help}` : `  ${flag}\n  ${' '.repeat(width)}${help}`;
}

/** The --help text. */
export function emulatorHelp(): string {
  return [
    'Usage: node dist/emulator.js [options]',
    '',
    'Runs the Cyber Guru reporting-API emulator on 127.0.0.1 with a demo company until Ctrl+C. The first',
    'stdout line is its URL (the API and login URL); tenant "demo", client secret "demo-secret".',
    '',
    optionLine('--port N', 'port to listen on (default 0: a free port)'),
    optionLine('--users N', 'users the API reports (default 230)'),
    optionLine('--seed S', 'seed of the demo company (default demo)'),
    optionLine('-h, --help', 'this text'),
    '',
    'Faults (none by default). A COUNT fault hits COUNT API requests in a row from the first one (token',
    'requests for --token-endpoint-down), or from request N+1 with --after N.',
    '',
    optionLine('--after N', 'counted faults skip the first N requests'),
    ...Object.entries(FAULT_OPTIONS).map(([name, option]) => optionLine(`--${name} ${option.shape}`, option.help)),
    '',
    'Example, a slow platform that fails twice after sign-in and a first page:',
    '  node dist/emulator.js --port 8123 --latency 800 --after 1 --transient 2:502',
    '',
  ].join('\n');
}

/** Reads the emulator's command line (`process.argv.slice(2)`); throws EmulatorUsageError when it cannot run. */
export function parseEmulatorArgs(argv: readonly string[]): EmulatorCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        port: { type: 'string' },
        users: { type: 'string' },
        seed: { type: 'string' },
        after: { type: 'string' },
        ...Object.fromEntries(Object.keys(FAULT_OPTIONS).map((name) => [name, { type: 'string' as const }])),
      },
    }));
  } catch (err) {
    throw new EmulatorUsageError(`${err instanceof Error ? err.message : String(err)} (see --help)`);
  }
  if (values.help === true) return { help: true };
  const text = (name: string) => values[name] as string | undefined;
  const number = (name: string, fallback: number, example: string, max?: number) => {
    const value = text(name) === undefined ? fallback : whole(text(name));
    if (value === undefined || (max !== undefined && value > max)) {
      throw new EmulatorUsageError(`--${name} must be a whole number${max === undefined ? '' : ` from 0 to ${max}`}, e.g. ${example}`);
    }
    return value;
  };
  const port = number('port', 0, '8123', 65_535);
  const users = number('users', 230, '5000');
  const seed = text('seed') ?? 'demo';
  const afterText = text('after');
  const after = afterText === undefined ? undefined : whole(afterText);
  if (afterText !== undefined && after === undefined) throw new EmulatorUsageError('--after must be a whole number, e.g. 3');
  let faults: EmulatorFaults = {};
  let countedFaults = 0;
  for (const [name, option] of Object.entries(FAULT_OPTIONS)) {
    const value = text(name);
    if (value === undefined) continue;
    const fields = option.read(value, after);
    if (!fields) throw new EmulatorUsageError(usage(name, option));
    if (option.counted) countedFaults++;
    faults = { ...faults, ...fields };
  }
  // Without a counted fault, --after would change nothing: say so rather than run a quiet emulator.
  if (after !== undefined && countedFaults === 0) {
    throw new EmulatorUsageError('--after only delays counted faults: give one too, e.g. --after 3 --transient 2');
  }
  return { help: false, port, users, seed, faults };
}
