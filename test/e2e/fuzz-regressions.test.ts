// Worlds that fuzzing (random worlds from the testing arbitraries, invariants on) found broken,
// kept as regressions: each must run to its end with every invariant holding. The comment at the
// top of each file says what went wrong.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/main.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fuzz');

describe('fuzz regressions run clean under --check', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    it(f, () => {
      const r = runCommand([join(dir, f), '--check', '-o', 'summary']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    });
  }
});
