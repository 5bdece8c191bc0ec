// Shared set-up for the report tests: a real emulator on loopback and a client with tiny retry
// delays (the delays asked for are recorded, so Retry-After can be checked without waiting).
import { abortableSleep } from '../../../src/report/limiter';
import { ReportClient, type ReportClientOptions, type ReportConnection } from '../../../src/report';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from '../../../src/emulator';
import type { Logger } from '../../../src/util/log';

/** A distinctive secret so a leak is easy to find in any text. */
export const TEST_SECRET = 'Sx7-test-secret-Q9vLk2';

export interface TestClient {
  client: ReportClient;
  /** Every line the client logged. */
  logLines: string[];
  /** Every retry delay the client asked for, in ms. */
  delays: number[];
}

export function connectionTo(emulator: EmulatorHandle, overrides: Partial<ReportConnection> = {}): ReportConnection {
  return { tenant: emulator.tenant, apiUrl: emulator.url, loginUrl: emulator.url, ...overrides };
}

export function makeClient(
  emulator: EmulatorHandle,
  options: ReportClientOptions & { secret?: string; connection?: Partial<ReportConnection> } = {},
): TestClient {
  const logLines: string[] = [];
  const delays: number[] = [];
  const logger: Logger = {
    trace: (m) => logLines.push(m),
    info: (m) => logLines.push(m),
    warn: (m) => logLines.push(m),
    error: (m) => logLines.push(m),
  };
  const { secret = emulator.clientSecret, connection, ...rest } = options;
  const client = new ReportClient(connectionTo(emulator, connection), async () => secret, {
    logger,
    requestTimeoutMs: 5_000,
    retryBaseDelayMs: 1,
    sleep: (ms, signal) => {
      delays.push(ms);
      return abortableSleep(Math.min(ms, 2), signal);
    },
    ...rest,
  });
  return { client, logLines, delays };
}

/** Starts an emulator with the test secret before each test of the suite and closes it after. */
export function useEmulator(options: EmulatorOptions = {}): () => EmulatorHandle {
  let emulator: EmulatorHandle | undefined;
  beforeEach(async () => {
    emulator = await startEmulator({ clientSecret: TEST_SECRET, ...options });
  });
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });
  return () => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
