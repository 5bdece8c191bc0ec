/**
 * A local emulator of the Cyber Guru reporting API for tests, benchmarks and the demo: token endpoint
 * (`/realms/{tenant}/protocol/openid-connect/token`), users report, team ranking, documented errors,
 * excluded users, and switchable faults. Binds loopback only.
 *
 * @example
 * const emulator = await startEmulator({ users: 230 });
 * // apiUrl and loginUrl are both emulator.url; tenant "demo", client secret "demo-secret"
 * emulator.setFaults({ latencyMs: 20, transient: { count: 2 } });
 * await emulator.close();
 */
import type { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from '../report/connection';
import type { EmulatorFaults } from './faults';
import { EmulatorState, type EmulatorStats } from './server';

export type { EmulatorFaults, CountedFault, ErrorBodyStyle } from './faults';
export type { EmulatorStats } from './server';
export { DEMO_TEAMS } from './dataset';

/** Demo identity accepted by the emulator (test data, not a real credential). */
export const EMULATOR_TENANT = 'demo';
export const EMULATOR_CLIENT_ID = 'ext-api';
export const EMULATOR_CLIENT_SECRET = 'demo-secret';

export interface EmulatorOptions {
  /** Loopback address to bind. Default 127.0.0.1; anything else is refused. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Seed of the demo company. Default "demo". */
  seed?: string;
  /** Users the API reports (excluded users come on top). Default 230. */
  users?: number;
  faults?: EmulatorFaults;
  tenant?: string;
  clientSecret?: string;
}

export interface EmulatorHandle {
  /** Base URL for both apiUrl and loginUrl, e.g. http://127.0.0.1:41234 */
  url: string;
  tenant: string;
  clientSecret: string;
  /** Team names of the demo company. */
  teams: readonly string[];
  /** Replaces the active faults and restarts their request counters. */
  setFaults(faults: EmulatorFaults): void;
  /** Live counters. */
  stats: EmulatorStats;
  /** Emits 'closed' each time an API request ends (answered, reset or dropped by the client). */
  events: EventEmitter;
  /** Every access token issued so far. */
  issuedTokens(): string[];
  /** The first `count` reported users below 100 % finish every module (progress between two reads); their e-mails. */
  completeUsers(count: number): string[];
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`The emulator binds loopback addresses only, not ${host}.`);
  const identity = {
    tenant: options.tenant ?? EMULATOR_TENANT,
    clientId: EMULATOR_CLIENT_ID,
    clientSecret: options.clientSecret ?? EMULATOR_CLIENT_SECRET,
  };
  const state = EmulatorState.create(options.seed ?? 'demo', options.users ?? 230, identity);
  state.setFaults(options.faults ?? {});
  const server: Server = createServer((req, res) => {
    state.handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    tenant: identity.tenant,
    clientSecret: identity.clientSecret,
    teams: state.teams,
    setFaults: (faults) => state.setFaults(faults),
    stats: state.stats,
    events: state.events,
    issuedTokens: () => state.issuedTokens(),
    completeUsers: (count) => state.completeUsers(count),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
