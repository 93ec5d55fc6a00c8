// npm does not link a package's own `bin` into its node_modules/.bin; this makes
// `node_modules/.bin/jobsim` (and so `npx jobsim` inside the checkout) work after `npm ci`.
import { existsSync, mkdirSync, rmSync, symlinkSync, chmodSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const target = join(root, 'bin', 'jobsim.mjs');
const link = join(binDir, 'jobsim');
if (existsSync(join(root, 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(relative(binDir, target), link);
  chmodSync(target, 0o755);
}
