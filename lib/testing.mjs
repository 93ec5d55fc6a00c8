// The `jobsim/testing` subpath for plain Node: the property-testing library, taken from the
// package entry's `testing` so that both are one copy (the same classes for instanceof).
import { testing as m } from './index.mjs';

export const {
  AdvanceTime, ContainerName, CreateJob, DefaultMaxSteps, DeleteJob, DeletionSettleMs, FailNode,
  GcSettleMs, InvalidWorldError, ModelViolation, RecoverNode, ResumeJob, SimHarness,
  SimpleSchedules, SuspendJob, SuspendSettleMs, WorldLimitError, WorldPropertyError, WorldRun,
  allCommands, arbBehavior, arbCluster, arbCronJob, arbCronJobSpecFor, arbDuration, arbExitCodes,
  arbFaultPlan, arbJob, arbJobSpec, arbJobSpecFor, arbName, arbWorld, checkModel, compileWorld,
  completesWithin, describeJob, faultsOf, forAllFaults, forAllWorlds, formatFault, maxFailed,
  maxPods, maxRetries, newModel, noInvariantViolations, nodeNames, property, runCommands,
  runWorld, seconds, succeeds, toSeconds, withFaults, worldYaml
} = m;
