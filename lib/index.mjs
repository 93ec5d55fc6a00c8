// The package entry for plain Node (`import { simulate } from 'jobsim'` without a TypeScript
// loader): the sources are loaded through tsx, so the package still needs no build step.
import { tsImport } from 'tsx/esm/api';

const m = await tsImport('../src/index.ts', import.meta.url);

export const { Simulation, sweep, loadScenario, loadScenarioObjects, formatIssue, InvalidScenarioError, compileScenario, simulate, testing } = m;
