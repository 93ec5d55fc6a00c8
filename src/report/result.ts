// The SimulationResult document of the contract (§3).

import { podAsStored } from '../apiserver/store.ts';
import { compareObjects } from '../api/meta.ts';
import type { KEvent, KObject, Pod } from '../api/types.ts';
import { isoSeconds } from '../core/time.ts';
import type { RunInfo, Simulation } from '../sim/simulation.ts';

export interface SimulationResult {
  apiVersion: 'jobsim/v1alpha1';
  kind: 'SimulationResult';
  metadata: { name: string };
  spec: { seed: number; start: string; end: string; endedBy: RunInfo['endedBy'] };
  items?: KObject[];
  events?: KEvent[];
  metrics: Record<string, unknown>;
  counts: Record<string, number>;
}

/** A pod as the API prints it: the fields set by admission and binding after the template's. */
function podForOutput(pod: Pod): Pod {
  const p = podAsStored(pod);
  const { nodeName, tolerations, priority, preemptionPolicy, ...rest } = p.spec;
  return { ...p, spec: { ...rest, nodeName, tolerations, priority, preemptionPolicy } };
}

export function buildResult(sim: Simulation, info: RunInfo, opts: { items: boolean }): SimulationResult {
  const counts: Record<string, number> = {};
  for (const k of ['CronJob', 'Job', 'Pod', 'Node', 'PriorityClass', 'Event']) {
    const n = sim.store.created[k] ?? 0;
    if (n > 0 || k !== 'PriorityClass') counts[k] = n;
  }
  const metrics = sim.metrics.toJSON(info.endMs, sim.cronRuns.missed(info.endMs));
  metrics['simulation'] = { steps: sim.kernel.steps, virtualSeconds: (info.endMs - info.startMs) / 1000, schedulingDecisions: sim.scheduler.decisions };
  let items: KObject[] | undefined;
  if (opts.items) {
    // The contract's items: Jobs, CronJobs, Pods and Nodes (PriorityClasses are input only).
    items = sim.items().filter((o) => o.kind !== 'PriorityClass');
    items.sort(compareObjects);
    items = items.map((o) => (o.kind === 'Pod' ? podForOutput(o) : o));
  }
  return {
    apiVersion: 'jobsim/v1alpha1',
    kind: 'SimulationResult',
    metadata: { name: sim.scenario.config.name },
    spec: { seed: info.seed, start: isoSeconds(info.startMs), end: isoSeconds(info.endMs), endedBy: info.endedBy },
    ...(items ? { items, events: sim.store.events } : {}),
    metrics,
    counts,
  };
}
