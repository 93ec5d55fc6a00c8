// jobsim's library entry point: simulate() and the public types. No logic here.

import { buildResult } from './report/result.ts';
import type { SimulationResult } from './report/result.ts';
import { Simulation } from './sim/simulation.ts';
import type { SimOptions } from './sim/simulation.ts';
import { loadScenario, loadScenarioObjects } from './scenario/load.ts';
import { formatIssue } from './scenario/load.ts';
import type { Issue, Scenario } from './scenario/types.ts';
import { parseDurationMs } from './core/time.ts';

export type { SimulationResult } from './report/result.ts';
export type { Scenario, Issue, SimulationConfig } from './scenario/types.ts';
export type * from './api/types.ts';
export { Simulation } from './sim/simulation.ts';
export { loadScenario, loadScenarioObjects, formatIssue } from './scenario/load.ts';
export { sweep } from './sim/sweep.ts';
export type { SweepOptions, SweepResult, SweepRow, SweepRun } from './sim/sweep.ts';

/** Thrown by simulate() for invalid input: every problem, as the CLI prints them. */
export class InvalidScenarioError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`invalid scenario:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'InvalidScenarioError';
  }
}

export interface SimulateOptions {
  seed?: number;
  /** Go-style duration plus d (`90s`, `1h30m`, `7d`) */
  duration?: string;
}

/** Loads a scenario (YAML text or already-parsed documents) or throws InvalidScenarioError. */
export function compileScenario(input: string | object[], file = '<input>'): Scenario {
  const r = loadInput(input, file);
  if (r.issues.length > 0 || !r.scenario) throw new InvalidScenarioError(r.issues);
  return r.scenario;
}

/** The scenario and its issues; plain JavaScript may pass anything, which is an issue too, not a TypeError. */
function loadInput(input: unknown, file: string): { scenario?: Scenario; issues: Issue[] } {
  if (typeof input === 'string') return loadScenario([{ file, text: input }]);
  if (Array.isArray(input)) return loadScenarioObjects(input as object[], file);
  const got = input === null ? 'null' : typeof input;
  return { issues: [{ file, message: `invalid input: expected YAML text (a string) or an array of documents, got ${got}` }] };
}

/** Runs a scenario and returns the SimulationResult of the contract (§3). */
export function simulate(input: string | object[], options: SimulateOptions & Pick<SimOptions, 'shuffleTies'> = {}): SimulationResult {
  // every problem at once, as the CLI lists its flags' and files' problems together
  const loaded = loadInput(input, '<input>');
  const issues: Issue[] = [...loaded.issues];
  if (options.seed !== undefined && (!Number.isSafeInteger(options.seed) || options.seed < 0)) {
    issues.push({ file: '<options>', path: 'seed', message: `invalid seed ${options.seed}: must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}` });
  }
  let durationMs: number | undefined;
  if (options.duration !== undefined) {
    const d = parseDurationMs(options.duration);
    // as the CLI's --duration: a positive Go-style duration
    if (d === null || d <= 0) issues.push({ file: '<options>', path: 'duration', message: `invalid duration ${JSON.stringify(options.duration)}: use Go-style durations plus d, e.g. 90s, 1h30m, 7d` });
    else durationMs = d;
  }
  if (issues.length > 0 || !loaded.scenario) throw new InvalidScenarioError(issues);
  const scenario = loaded.scenario;
  const sim = new Simulation(scenario, { seed: options.seed, durationMs, keepHistory: true, shuffleTies: options.shuffleTies });
  const info = sim.run();
  return JSON.parse(JSON.stringify(buildResult(sim, info, { items: true }))) as SimulationResult;
}

/** The property-testing library (fast-check arbitraries, run properties, model-based commands); also `jobsim/testing`. */
export * as testing from './testing/index.ts';
