// The core benchmark of issue 2: 1,000 Jobs of 100 completions each (parallelism 10) on 100 nodes,
// 100,000 pods in all, beside a bare event-loop baseline that pushes and pops as many heap entries
// as the simulation ran kernel steps. Prints figures; never pass/fail on time.
import { performance } from 'node:perf_hooks';
import { NumberHeap } from '../src/core/kernel.ts';
import { buildResult } from '../src/report/result.ts';
import { loadScenarioObjects } from '../src/scenario/load.ts';
import { Simulation } from '../src/sim/simulation.ts';
import { Scheduler } from '../src/cluster/scheduler.ts';

/** Wall time spent inside the scheduler's decisions (filter, score, pick), measured by wrapping it here. */
let schedulerMs = 0;
const proto = Scheduler.prototype as unknown as { scheduleOne: (...a: unknown[]) => unknown };
const scheduleOne = proto.scheduleOne;
proto.scheduleOne = function (this: unknown, ...a: unknown[]) {
  const t = performance.now();
  try {
    return scheduleOne.apply(this, a);
  } finally {
    schedulerMs += performance.now() - t;
  }
};

export interface CoreBenchOptions {
  jobs: number;
  completions: number;
  parallelism: number;
  nodes: number;
}

export function coreScenarioObjects(o: CoreBenchOptions): object[] {
  const docs: object[] = [
    {
      apiVersion: 'jobsim/v1alpha1',
      kind: 'Simulation',
      metadata: { name: 'bench-core' },
      spec: {
        seed: 1,
        cluster: { nodePools: [{ name: 'node', count: o.nodes, capacity: { cpu: '64', memory: '256Gi', pods: 110 } }] },
        behaviors: [{ selector: { matchLabels: { bench: 'core' } }, duration: { uniform: ['20s', '40s'] } }],
      },
    },
  ];
  for (let i = 0; i < o.jobs; i++) {
    docs.push({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: `job-${i}` },
      spec: {
        completions: o.completions,
        parallelism: o.parallelism,
        ttlSecondsAfterFinished: 0,
        template: {
          metadata: { labels: { bench: 'core' } },
          spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu: '100m', memory: '64Mi' } } }] },
        },
      },
    });
  }
  return docs;
}

function mb(x: number): string {
  return `${(x / 1024 / 1024).toFixed(0)} MiB`;
}

export function benchCore(o: CoreBenchOptions = { jobs: 1000, completions: 100, parallelism: 10, nodes: 100 }): string[] {
  const loaded = loadScenarioObjects(coreScenarioObjects(o), 'bench-core');
  if (!loaded.scenario) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const sim = new Simulation(loaded.scenario, { keepHistory: false });
  schedulerMs = 0;
  // sample the heap every virtual minute (a background timer) to find the peak while it runs
  const samples: number[] = [];
  // the samples' full GCs are the benchmark's instrument, not the simulation's work: their time is
  // measured and taken out of the wall time
  let samplingMs = 0;
  const sample = () => {
    const s0 = performance.now();
    globalThis.gc?.();
    const h = process.memoryUsage().heapUsed;
    samples.push(h);
    if (h > peakHeap) peakHeap = h;
    sim.kernel.after(60_000, 0, sample, true);
    samplingMs += performance.now() - s0;
  };
  sim.kernel.after(60_000, 0, sample, true);
  const t0 = performance.now();
  const info = sim.run();
  const wallMs = performance.now() - t0 - samplingMs;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const third = Math.floor(samples.length / 3);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const res = buildResult(sim, info, { items: false });
  const pods = res.counts['Pod'] ?? 0;
  const steps = sim.kernel.steps;

  // baseline: the same number of heap pushes and pops, no domain work
  const h = new NumberHeap();
  let x = 12345;
  const b0 = performance.now();
  for (let i = 0; i < steps; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    h.push(x);
    if (h.size > 20_000) h.pop();
  }
  while (h.size) h.pop();
  const baseMs = performance.now() - b0;
  const live = sim.store.count('Pod') + sim.store.count('Job');
  return [
    `core: ${o.jobs} Jobs x ${o.completions} completions (parallelism ${o.parallelism}) on ${o.nodes} nodes`,
    `  pods created ${pods}, kernel steps ${steps}, job syncs ${sim.jobController.queue.syncs}, scheduling decisions ${sim.scheduler.decisions}`,
    `  virtual time ${(info.endMs - info.startMs) / 1000}s, wall ${wallMs.toFixed(0)} ms (not counting ${samplingMs.toFixed(0)} ms of heap sampling)`,
    `  pods per wall second ${Math.round((pods / wallMs) * 1000)}, events (steps) per wall second ${Math.round((steps / wallMs) * 1000)}`,
    `  baseline heap push+pop of ${steps} entries: ${baseMs.toFixed(0)} ms; simulation/baseline ratio ${(wallMs / baseMs).toFixed(1)}x`,
    `  scheduler: ${sim.scheduler.decisions} decisions, ${(sim.scheduler.nodesEvaluated / Math.max(1, sim.scheduler.decisions)).toFixed(1)} nodes evaluated per decision, ${((schedulerMs * 1000) / Math.max(1, sim.scheduler.decisions)).toFixed(2)} µs per decision (filter, score, pick), ${((100 * schedulerMs) / wallMs).toFixed(0)}% of the run`,
    `  heap (after a full GC where --expose-gc allows) before ${mb(heapBefore)}, peak ${mb(peakHeap)}, after the run with every Job and pod deleted ${mb(heapAfter)}; mean heap in the first third of the run ${mb(avg(samples.slice(0, third)))}, last third ${mb(avg(samples.slice(2 * third)))}; live Jobs+Pods at the end: ${live}; rss ${mb(process.memoryUsage().rss)}`,
    `  jobs complete ${(res.metrics as { jobs: { complete: number } }).jobs.complete}`,
  ];
}

if (process.argv[1]?.endsWith('core.ts')) {
  for (const l of benchCore()) console.log(l);
}
