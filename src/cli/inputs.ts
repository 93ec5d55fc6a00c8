// Reading the scenario files named on the command line (`-` is standard input), with the same
// words for the same failures in every command.

import { readFileSync } from 'node:fs';
import type { Issue } from '../scenario/types.ts';

export function readInputs(files: string[]): { inputs: Array<{ file: string; text: string }>; issues: Issue[] } {
  const inputs: Array<{ file: string; text: string }> = [];
  const issues: Issue[] = [];
  for (const f of files) {
    try {
      inputs.push({ file: f === '-' ? '<stdin>' : f, text: readFileSync(f === '-' ? 0 : f, 'utf8') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      issues.push({ file: f, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read: ${String((e as Error).message)}` });
    }
  }
  return { inputs, issues };
}
