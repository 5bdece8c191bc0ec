import { join } from 'node:path';

/** The project folder (tests run from out/test/unit/release). */
export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
