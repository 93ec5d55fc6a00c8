// Shared by the golden test and `npm run golden:update`: every scenario in scenarios/ (not the
// counterexamples) and its golden trace file beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenTrace } from '../../src/report/golden.ts';
import { buildResult } from '../../src/report/result.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import { Simulation } from '../../src/sim/simulation.ts';

export const scenariosDir = join(import.meta.dirname, '..', '..', 'scenarios');

export function scenarioFiles(): string[] {
  return readdirSync(scenariosDir)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.counterexample.yaml'))
    .sort();
}

export function goldenPath(file: string): string {
  return join(scenariosDir, file.replace(/\.yaml$/, '.golden'));
}

/** The golden trace of one scenario, as `jobsim run FILE --record` writes it. */
export function traceOf(file: string): string {
  const path = join(scenariosDir, file);
  const loaded = loadScenario([{ file: path, text: readFileSync(path, 'utf8') }]);
  if (!loaded.scenario) throw new Error(`${file}: ${loaded.issues.map((i) => i.message).join('; ')}`);
  const sim = new Simulation(loaded.scenario, { keepHistory: true });
  const info = sim.run();
  return goldenTrace(buildResult(sim, info, { items: true }));
}
