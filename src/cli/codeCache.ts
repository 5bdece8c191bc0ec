import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8's code cache for the CLI's bundle: the bytecode of every function a run compiled, kept between
 * runs (what Node 22's module.enableCompileCache does, which Node 20 lacks). A run that finds it skips
 * parsing the 450 KB bundle and compiling each function on its first call.
 *
 * The cache is an optimisation only: a missing, unreadable, rejected or unsafe cache means the bundle is
 * compiled as `require` would, and a failure to save one is ignored.
 */

/** Where the cache lives, or undefined for none: CYBERGURU_CACHE_DIR (empty: no cache), else the OS's per-user cache folder. */
export function cacheDirectory(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | undefined {
  const configured = env.CYBERGURU_CACHE_DIR;
  if (configured !== undefined) return configured === '' ? undefined : configured;
  if (!home) return undefined;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'cyberguru', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'cyberguru');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'cyberguru');
}

/**
 * The cache file for one build of the bundle, one Node (V8 rejects another version's cache anyway) and
 * one kind of run: `lint` compiles the engine, other commands do not, so each keeps its own.
 */
export function cacheFileName(buildHash: string, kind: 'lint' | 'other', v8Version: string, arch: string): string {
  return `cli-${kind}-${buildHash}-${v8Version.replace(/[^\w.-]/g, '_')}-${arch}.v8`;
}

/**
 * A folder only this user can write to, or false. Cached bytecode is run as it is, so a folder another
 * user could write to would let them run code as this one.
 */
function isPrivateFolder(dir: string): boolean {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory()) return false;
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

export interface BundleRun {
  /** What the bundle put in module.exports. */
  readonly exports: unknown;
  /** True when V8 took the cached bytecode. */
  readonly usedCache: boolean;
  /** Writes the cache if this run did not use one (call when the run is over: it then holds every function compiled). */
  saveCache(): void;
}

/**
 * Runs a CommonJS bundle (with `exports`, `require`, `module`, `__filename` and `__dirname` as Node gives
 * them), compiled with the cache in `cacheFile` when there is a usable one.
 */
export function runBundle(bundle: string, cacheFile: string | undefined): BundleRun {
  const source = readFileSync(bundle, 'utf8');
  let cached: Buffer | undefined;
  let cacheUsable = false;
  if (cacheFile) {
    try {
      cacheUsable = isPrivateFolder(dirname(cacheFile));
      if (cacheUsable) cached = readFileSync(cacheFile);
    } catch {
      // No cache yet, or none possible here: compile as usual.
    }
  }
  const script = new Script(wrap(source), { filename: bundle, cachedData: cached });
  const usedCache = cached !== undefined && !script.cachedDataRejected;
  const module: { exports: unknown; filename: string; id: string; loaded: boolean } = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  return {
    exports: module.exports,
    usedCache,
    saveCache() {
      if (!cacheFile || !cacheUsable || usedCache) return;
      try {
        writeCache(cacheFile, script.createCachedData());
      } catch {
        // A read-only or full disk: the next run compiles again.
      }
    },
  };
}

/** Writes atomically (another run may be reading it) and removes the caches of other builds. */
function writeCache(cacheFile: string, data: Buffer): void {
  const dir = dirname(cacheFile);
  const name = cacheFile.slice(dir.length + 1);
  const kind = name.split('-', 2).join('-');
  const temp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temp, data, { mode: 0o600 });
  renameSync(temp, cacheFile);
  for (const other of readdirSync(dir)) {
    if (other !== name && other.startsWith(`${kind}-`) && other.endsWith('.v8')) rmSync(join(dir, other), { force: true });
  }
}

/** The default cache file of this process for a bundle built as `buildHash`. */
export function defaultCacheFile(buildHash: string, argv: readonly string[]): string | undefined {
  const dir = cacheDirectory(process.env, process.platform, homedir());
  if (!dir) return undefined;
  return join(dir, cacheFileName(buildHash, argv[2] === 'lint' ? 'lint' : 'other', process.versions.v8, process.arch));
}
