// A `*/1 * * * *` CronJob simulated for a year: 525,600 Jobs and pods, history limits deleting the
// old ones, so memory should stay flat. Prints wall time and heap over the run.
import { performance } from 'node:perf_hooks';
import { loadScenarioObjects } from '../src/scenario/load.ts';
import { Simulation } from '../src/sim/simulation.ts';

function mb(x: number): string {
  return `${(x / 1024 / 1024).toFixed(0)} MiB`;
}

export function benchCronYear(days = 365): string[] {
  const loaded = loadScenarioObjects([
    { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'bench-cron' }, spec: { duration: `${days}d` } },
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'hello' },
      spec: {
        schedule: '*/1 * * * *',
        jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox:1.28' }] } } } },
      },
    },
  ]);
  if (!loaded.scenario) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  globalThis.gc?.();
  const sim = new Simulation(loaded.scenario, { keepHistory: false });
  const heap: number[] = [];
  let samplingMs = 0;
  const sample = () => {
    const s0 = performance.now();
    globalThis.gc?.();
    heap.push(process.memoryUsage().heapUsed);
    sim.kernel.after(7 * 86_400_000, 0, sample, true);
    samplingMs += performance.now() - s0;
  };
  sim.kernel.after(86_400_000, 0, sample, true);
  const t0 = performance.now();
  const info = sim.run();
  const wallMs = performance.now() - t0 - samplingMs;
  const jobs = sim.store.created['Job'] ?? 0;
  const q = Math.max(1, Math.floor(heap.length / 4));
  return [
    `cronjob: */1 * * * * for ${days} days (${(info.endMs - info.startMs) / 86_400_000} virtual days)`,
    `  Jobs created ${jobs}, pods ${sim.store.created['Pod'] ?? 0}, events ${sim.store.eventCount}, kernel steps ${sim.kernel.steps}`,
    `  wall ${(wallMs / 1000).toFixed(1)} s, not counting ${samplingMs.toFixed(0)} ms of heap sampling (${Math.round((jobs / wallMs) * 1000)} Jobs per wall second)`,
    `  heap sampled weekly: first ${mb(heap[0] ?? 0)}, after a quarter ${mb(heap[q] ?? 0)}, after half ${mb(heap[2 * q] ?? 0)}, at the end ${mb(heap[heap.length - 1] ?? 0)}, peak ${mb(Math.max(...heap))}; live Jobs at the end ${sim.store.count('Job')}, live pods ${sim.store.count('Pod')}`,
  ];
}

if (process.argv[1]?.endsWith('cronjob.ts')) {
  const days = Number(process.argv[2] ?? 365);
  for (const l of benchCronYear(days)) console.log(l);
}
