// Each test file gets a temporary directory of its own for os.tmpdir() (the files tests and
// acceptance cases write, and those of the processes they start), removed when the file ends, so
// that a test run leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const before = process.env['TMPDIR'];
const dir = mkdtempSync(join(tmpdir(), 'jobsim-test-'));
process.env['TMPDIR'] = dir;

function cleanUp(): void {
  if (before === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = before;
  rmSync(dir, { recursive: true, force: true });
}
// (a file whose tests a -t filter skips runs no afterAll, and keeps its empty directory)
afterAll(cleanUp);
