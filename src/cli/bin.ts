// `cyberguru` as installed (dist/cli.js): runs the CLI's bundle, dist/cliMain.js, through V8's code
// cache (codeCache.ts). Kept tiny and free of the engine: it is what every run compiles from scratch.
import { join } from 'node:path';
import { defaultCacheFile, runBundle } from './codeCache';

/** The hash of dist/cliMain.js, set by esbuild.mjs when it builds both: a new build never takes an old cache. */
declare const CLI_MAIN_HASH: string;

const run = runBundle(join(__dirname, 'cliMain.js'), defaultCacheFile(CLI_MAIN_HASH, process.argv));
process.once('exit', () => run.saveCache());
