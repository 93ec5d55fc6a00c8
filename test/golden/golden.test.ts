// Every scenario in scenarios/ replays exactly its golden trace (update: npm run golden:update).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstDivergence } from '../../src/report/golden.ts';
import { goldenPath, scenarioFiles, traceOf } from './goldens.ts';

describe('golden replays of scenarios/', () => {
  for (const f of scenarioFiles()) {
    it(f, () => {
      const path = goldenPath(f);
      expect(existsSync(path), `${path} is missing: run npm run golden:update`).toBe(true);
      const diff = firstDivergence(readFileSync(path, 'utf8'), traceOf(f));
      expect(diff, `${f} differs from its golden trace (npm run golden:update records it):\n${diff}`).toBeNull();
    });
  }
});
