// The compiled form of a scenario: what the loader hands to the simulation.
// Times are integer milliseconds; `atMs` values are offsets from the run's start.

import type { CronJob, Job, LabelSelector, PriorityClass, Taint } from '../api/types.ts';

export interface SourcePos {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
}

/** One problem in the user's input; printed as `file:line:col: Kind ns/name: field.path: problem`. */
export interface Issue {
  file: string;
  line?: number;
  col?: number;
  /** e.g. `Job default/pi` or `Simulation nightly`; empty when the document has no identity */
  object?: string;
  /** e.g. `spec.template.spec.restartPolicy` */
  path?: string;
  message: string;
}

export type Distribution =
  | { kind: 'fixed'; ms: number }
  | { kind: 'uniform'; minMs: number; maxMs: number }
  | { kind: 'lognormal'; medianMs: number; p95Ms: number }
  | { kind: 'exponential'; meanMs: number };

export interface BehaviorOverride {
  duration?: Distribution;
  /** exit code per attempt; the last one repeats */
  exitCodes?: number[];
  /** probability that an attempt fails, drawn per attempt; the exit code used is `failExitCode` */
  failureProbability?: number;
  failExitCode?: number;
  /**
   * what the containers do on the kubelet's SIGTERM: exit after this many ms (0: at once, the
   * default), or `ignore` it and run on until their own end or the SIGKILL at the grace period
   */
  onSigterm?: number | 'ignore';
}

export interface BehaviorRule extends BehaviorOverride {
  selector: LabelSelector;
  /** per completion index (Indexed Jobs): overrides for that index */
  perIndex?: Record<number, BehaviorOverride>;
}

export interface NodePoolConfig {
  name: string;
  count: number;
  /** capacity as written (Kubernetes quantities) */
  /** `extended`: extended resources by name (nvidia.com/gpu), whole units as quantities */
  capacity: { cpu: string; memory: string; pods: number; extended?: Record<string, string> };
  labels: Record<string, string>;
  taints: Taint[];
  /** random failures: mean time between failures and mean time to repair, per node */
  mtbfMs?: number;
  mttrMs?: number;
}

export type Fault =
  | { atMs: number; nodeDown: string; forMs?: number }
  | { atMs: number; controllerDown: 'job' | 'cronjob' | 'all'; forMs: number }
  | { atMs: number; deleteNode: string }
  | { atMs: number; evictPod: { namespace: string; name: string } }
  /** kubectl cordon (spec.unschedulable), uncordoned after `forMs` when given */
  | { atMs: number; cordonNode: string; forMs?: number }
  /** kubectl drain: cordon, then every pod on the node through the Eviction API; uncordoned after `forMs` when given */
  | { atMs: number; drainNode: string; forMs?: number };

export interface ObjectRef {
  kind: 'Job' | 'CronJob';
  namespace: string;
  name: string;
}

export type TimelineAction =
  | { atMs: number; patch: ObjectRef & { body: Record<string, unknown> } }
  | { atMs: number; delete: ObjectRef }
  | { atMs: number; create: Job | CronJob };

export interface CheckProperty {
  job?: string;
  cronJob?: string;
  namespace: string;
  maxFailed?: number;
  completesWithinMs?: number;
  noMissedSlot?: boolean;
  maxLatenessMs?: number;
}

/** up to `max` faults of one kind per world, each lasting between forMinMs and forMaxMs */
export interface CheckFaultSpec {
  max: number;
  forMinMs: number;
  forMaxMs: number;
}

export interface CheckConfig {
  runs?: number;
  faults: { nodeDown?: CheckFaultSpec; drainNode?: CheckFaultSpec };
  properties: CheckProperty[];
}

export interface Latencies {
  imagePullMs: number;
  containerStartMs: number;
  schedulingMs: number;
}

export interface SimulationConfig {
  name: string;
  seed: number;
  /** virtual clock at t=0, epoch milliseconds */
  startMs: number;
  /** undefined: run until quiet (24h when a CronJob exists), see the contract §2 */
  durationMs?: number;
  nodePools: NodePoolConfig[];
  behaviors: BehaviorRule[];
  faults: Fault[];
  timeline: TimelineAction[];
  check?: CheckConfig;
  latencies: Latencies;
}

export interface ScenarioObject {
  obj: Job | CronJob | PriorityClass;
  pos?: SourcePos;
}

export interface Scenario {
  config: SimulationConfig;
  /** Jobs, CronJobs and PriorityClasses with API defaults applied, in document order */
  objects: ScenarioObject[];
}

export interface LoadResult {
  scenario?: Scenario;
  issues: Issue[];
  /** accepted, with the API server's warnings (pkg/api/pod/warnings.go) */
  warnings?: Issue[];
}
