// Reading the scenario files named on the command line (`-` is standard input), with the same
// words for the same failures in every command.

import { readFileSync } from 'node:fs';
import type { Issue } from '../scenario/types.ts';

export function readInputs(files: string[]): { inputs: Array<{ file: string; text: string }>; issues: Issue[] } {
  const inputs: Array<{ file: string; text: string }> = [];
  const issues: Issue[] = [];
  for (const f of files) {
    try {
      inputs.push({ file: f === '-' ? '<stdin>' : f, text: decodeText(readFileSync(f === '-' ? 0 : f)) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      issues.push({ file: f, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read: ${String((e as Error).message)}` });
    }
  }
  return { inputs, issues };
}

/**
 * The text of a file as kubectl reads it (BOMOverride over UTF-8): a UTF-16 byte-order mark,
 * little- or big-endian, says how to decode it; otherwise UTF-8, a UTF-8 BOM dropped.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // big-endian: swap each pair (an odd last byte is dropped, as a decoder would)
    return Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1))).swap16().toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
