import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { safeWriteFile } from '../util/safeWrite';

/**
 * V8's code cache for the CLI's bundle: the bytecode of every function a run compiled, kept between
 * runs (what Node 22's module.enableCompileCache does, which Node 20 lacks). A run that finds it skips
 * parsing the 450 KB bundle and compiling each function on its first call.
 *
 * The cache is an optimisation only: a missing, unreadable, rejected or unsafe cache means the bundle is
 * compiled as `require` would, and a failure to save one is ignored.
 *
 * V8 runs cached bytecode as it is, and checks only that the script has the same length: bytecode of
 * another script of that length runs in the bundle's place, and damaged bytecode crashes the process.
 * So the cache file binds its bytes to the exact bundle: a header with the SHA-256 of the bundle it was
 * compiled from and the SHA-256 of the bytecode, both checked before V8 sees a byte. The file must be
 * the user's own, mode 0600 and not a link, in an absolute folder only the user can write to. Anything
 * else is ignored and the cache written anew at the end of the run.
 */

/** Where the cache lives, or undefined for none: CYBERGURU_CACHE_DIR (empty: no cache), else the OS's per-user cache folder. */
export function cacheDirectory(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | undefined {
  const configured = env.CYBERGURU_CACHE_DIR;
  // A relative folder would be a different one in every checkout the CLI runs in.
  if (configured !== undefined) return configured !== '' && isAbsolute(configured) ? configured : undefined;
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

const MAGIC = Buffer.from('CGV8CC1\n');
const HASH_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 2 * HASH_BYTES;
/** Far above a real cache (about 1 MB): a larger file is not read. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function ownedByThisUser(stat: { uid: number }): boolean {
  return typeof process.getuid !== 'function' || stat.uid === process.getuid();
}

/**
 * A folder only this user can write to, or false. Cached bytecode is run as it is, so a folder another
 * user could write to would let them run code as this one.
 */
function isPrivateFolder(dir: string): boolean {
  if (!isAbsolute(dir)) return false;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory()) return false;
  if (process.platform === 'win32') return true;
  return ownedByThisUser(stat) && (stat.mode & 0o022) === 0;
}

/** The whole file if it is this user's own regular file, mode 0600 at most, not a link, and of sane size. */
function readPrivateFile(path: string): Buffer | undefined {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return undefined;
    if (process.platform !== 'win32' && (!ownedByThisUser(stat) || (stat.mode & 0o077) !== 0)) return undefined;
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** The bytecode in `file` if its header says it was compiled from exactly `bundleHash`'s bundle and is whole. */
export function trustedBytecode(file: Buffer, bundleHash: Buffer): Buffer | undefined {
  if (file.length <= HEADER_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const forBundle = file.subarray(MAGIC.length, MAGIC.length + HASH_BYTES);
  const dataHash = file.subarray(MAGIC.length + HASH_BYTES, HEADER_BYTES);
  const data = file.subarray(HEADER_BYTES);
  return forBundle.equals(bundleHash) && sha256(data).equals(dataHash) ? data : undefined;
}

/** The cache file's bytes: the header binding `data` to the bundle, then the bytecode. */
export function cacheFileBytes(data: Buffer, bundleHash: Buffer): Buffer {
  return Buffer.concat([MAGIC, bundleHash, sha256(data), data]);
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
  const sourceBytes = readFileSync(bundle);
  const source = sourceBytes.toString('utf8');
  const bundleHash = sha256(sourceBytes);
  let cached: Buffer | undefined;
  let cacheUsable = false;
  if (cacheFile) {
    try {
      cacheUsable = isPrivateFolder(dirname(cacheFile));
      const file = cacheUsable ? readPrivateFile(cacheFile) : undefined;
      cached = file && trustedBytecode(file, bundleHash);
    } catch {
      // No cache yet, or none possible here: compile as usual.
    }
  }
  const script = new Script(wrap(source), { filename: bundle, cachedData: cached });
  const usedCache = cached !== undefined && !script.cachedDataRejected;
  const module: { exports: unknown; filename: string; id: string; loaded: boolean } = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const requireFromBundle = createRequire(bundle);
  // Registered as require registers a module: the bundles it requires later take the modules they share
  // with it from this run (require of it gives these exports), not from a second copy.
  requireFromBundle.cache[requireFromBundle.resolve(bundle)] = module as unknown as NodeJS.Module;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, requireFromBundle, module, bundle, dirname(bundle));
  module.loaded = true;
  return {
    exports: module.exports,
    usedCache,
    saveCache() {
      if (!cacheFile || !cacheUsable || usedCache) return;
      try {
        writeCache(cacheFile, cacheFileBytes(script.createCachedData(), bundleHash));
      } catch {
        // A read-only or full disk, or a link where the cache should be: the next run compiles again.
      }
    },
  };
}

/** Writes atomically (another run may be reading it), mode 0600 whatever was there, and removes the caches of other builds. */
function writeCache(cacheFile: string, bytes: Buffer): void {
  const dir = dirname(cacheFile);
  const name = cacheFile.slice(dir.length + 1);
  const kind = name.split('-', 2).join('-');
  safeWriteFile(cacheFile, bytes, { mode: 0o600 });
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
