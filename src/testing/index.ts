// jobsim/testing: property-based testing of batch workloads with fast-check.
//
//   - arbitraries of plain manifests (arbJob, arbCronJob, arbCluster, arbBehavior, arbFaultPlan,
//     arbWorld) that loadScenarioObjects accepts;
//   - runWorld and properties (completesWithin, maxFailed, maxRetries, noInvariantViolations...)
//     whose failures name the seed, show the faults and say how to replay;
//   - model-based testing over a running simulation (SimHarness, allCommands, fc.modelRun).
//
// Pure TypeScript: no file system, no wall clock, no unseeded randomness (fast-check draws everything
// from its own seed; the simulation from the world's seed).

export * from './arbitraries.ts';
export * from './run.ts';
export * from './model.ts';
