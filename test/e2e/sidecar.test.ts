// Native sidecars (init containers with restartPolicy: Always, KEP-753) in Job pods, end to end:
// requests (resourcehelper.PodRequests), the kubelet's start and stop (computePodActions,
// killContainersWithSyncResult), getPhase, and kubectl's columns.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/api/types.ts';
import { simulate } from '../../src/index.ts';
import { buildResult } from '../../src/report/result.ts';
import { podReadyColumn, podStatusColumn } from '../../src/report/text.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import { Simulation } from '../../src/sim/simulation.ts';
import { simYaml, view } from '../fixtures/result.ts';

const sim = (nodeCpu = '4', extraSpec = '') =>
  simYaml('sidecars', `seed: 1\ncluster:\n  nodePools:\n  - { name: worker, count: 1, capacity: { cpu: "${nodeCpu}", memory: 8Gi } }\n${extraSpec}`);

const job = (opts: { restartPolicy?: string; duration?: string; exitCodes?: string; parallelism?: number; extra?: string; sidecars?: string[] } = {}) => `apiVersion: batch/v1
kind: Job
metadata: { name: etl }
spec:
  parallelism: ${opts.parallelism ?? 1}
  completions: ${opts.parallelism ?? 1}
${opts.extra ?? ''}  template:
    metadata:
      annotations: { jobsim/duration: "${opts.duration ?? '60s'}"${opts.exitCodes ? `, jobsim/exit-codes: "${opts.exitCodes}"` : ''} }
    spec:
      restartPolicy: ${opts.restartPolicy ?? 'Never'}
      initContainers:
      - { name: setup, image: busybox:1.36 }
${(opts.sidecars ?? ['proxy', 'logs']).map((n) => `      - { name: ${n}, image: envoy:1.30, restartPolicy: Always, resources: { requests: { cpu: 500m } } }`).join('\n')}
      containers:
      - { name: main, image: busybox:1.36, resources: { requests: { cpu: "1" } } }
`;

/** Every pod write of the run: the phase and the states of init and regular containers. */
function podWrites(yaml: string): string[] {
  const loaded = loadScenario([{ file: 'x.yaml', text: yaml }]);
  if (!loaded.scenario) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const out: string[] = [];
  const s = new Simulation(loaded.scenario, {
    keepHistory: true,
    trace: (rec) => {
      const r = rec as { type: string; kind?: string; op?: string; t: string; object?: Pod };
      if (r.type !== 'object' || r.kind !== 'Pod' || r.op === 'DELETED') return;
      const p = r.object!;
      const st = (cs: Pod['status']['containerStatuses']) => (cs ?? []).map((c) => `${c.name}:${Object.keys(c.state)[0]}${c.state.terminated ? `(${c.state.terminated.exitCode})` : ''}`).join(',');
      out.push(`${r.t.slice(11, 19)} ${p.status.phase} [${st(p.status.initContainerStatuses)}] [${st(p.status.containerStatuses)}]`);
    },
  });
  s.run();
  return out;
}

describe('sidecar requests (resourcehelper.PodRequests with restartable init containers)', () => {
  it('a pod asks its main container plus every sidecar: 1 + 0.5 + 0.5 CPU fits 2 cores, not 1.5', () => {
    const fits = view(simulate(sim('2') + job()));
    expect(fits.podsOf('etl')[0]!.status.phase).toBe('Succeeded');
    const short = view(simulate(sim('1500m') + job(), { duration: '5m' }));
    // 2 cpu asked of a 1.5-cpu node: above its whole allocatable, so preemption is not tried (1.34+)
    expect(short.events({ reason: 'FailedScheduling' })[0]!.message).toBe('0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
  });

  it('the metrics count the sidecars: 2 CPU requested while the pod runs', () => {
    const r = simulate(sim('4') + job());
    const pool = (r.metrics as unknown as { pools: Record<string, { cpuRequestedPeakMilli: number }> }).pools['worker']!;
    expect(pool.cpuRequestedPeakMilli).toBe(2000);
  });
});

describe('the kubelet runs sidecars beside the regular containers (KEP-753)', () => {
  it('start: init containers in order, the sidecars left running and ready; Initialized once they started', () => {
    const v = view(simulate(sim() + job()));
    const started = v.events({ reason: 'Started' }).map((e) => `${e.message} ${e.involvedObject.fieldPath}`);
    expect(started).toEqual(['Started container setup spec.initContainers{setup}', 'Started container proxy spec.initContainers{proxy}', 'Started container logs spec.initContainers{logs}', 'Started container main spec.containers{main}']);
  });

  it('end (computePodActions KillPod): regular container terminated with the pod still Running, then the sidecars killed, last first, exit 143; Succeeded by main alone', () => {
    expect(podWrites(sim() + job())).toEqual([
      '00:00:00 Pending [] []',
      '00:00:00 Pending [] []',
      '00:00:00 Running [setup:terminated(0),proxy:running,logs:running] [main:running]',
      '00:01:00 Running [setup:terminated(0),proxy:running,logs:running] [main:terminated(0)]',
      '00:01:00 Succeeded [setup:terminated(0),proxy:terminated(143),logs:terminated(143)] [main:terminated(0)]',
      // the Job controller removes its tracking finalizer
      '00:01:01 Succeeded [setup:terminated(0),proxy:terminated(143),logs:terminated(143)] [main:terminated(0)]',
    ]);
    const v = view(simulate(sim() + job()));
    expect(v.events({ reason: 'Killing' }).map((e) => `${e.message} ${e.involvedObject.fieldPath}`)).toEqual(['Stopping container logs spec.initContainers{logs}', 'Stopping container proxy spec.initContainers{proxy}']);
    const pod = v.podsOf('etl')[0]!;
    const ready = pod.status.conditions!.find((c) => c.type === 'Ready')!;
    expect([ready.status, ready.reason]).toEqual(['False', 'PodCompleted']);
    expect(v.job('etl').status.succeeded).toBe(1);
    expect(v.cond(v.job('etl'), 'Complete')).toBeDefined();
  });

  it('a failing main container fails the pod, whatever the sidecars exit with', () => {
    const v = view(simulate(sim() + job({ exitCodes: '3', extra: '  backoffLimit: 0\n' })));
    const pod = v.podsOf('etl')[0]!;
    expect(pod.status.phase).toBe('Failed');
    expect(pod.status.initContainerStatuses!.map((c) => c.state.terminated?.exitCode)).toEqual([0, 143, 143]);
    expect(v.cond(v.job('etl'), 'Failed')?.reason).toBe('BackoffLimitExceeded');
  });

  it('restartPolicy OnFailure: the main container restarts in place, the sidecars keep running', () => {
    const writes = podWrites(sim() + job({ restartPolicy: 'OnFailure', exitCodes: '1,0', duration: '30s' }));
    // the failed run: main waits in no back-off (the first restart is immediate), sidecars untouched
    expect(writes.some((w) => w.startsWith('00:00:30 Running [setup:terminated(0),proxy:running,logs:running]'))).toBe(true);
    expect(writes.at(-1)).toBe('00:01:01 Succeeded [setup:terminated(0),proxy:terminated(143),logs:terminated(143)] [main:terminated(0)]');
  });

  it('deletion (killContainersWithSyncResult): the regular containers, then the sidecars in reverse order', () => {
    const v = view(simulate(sim() + job({ extra: '  activeDeadlineSeconds: 20\n' })));
    expect(v.events({ reason: 'Killing' }).map((e) => e.message)).toEqual(['Stopping container main', 'Stopping container logs', 'Stopping container proxy']);
    // the pod, kept in the history once deleted: Failed at the deadline, every container stopped
    const pod = v.podsOf('etl')[0]!;
    expect(pod.status.phase).toBe('Failed');
    expect(pod.status.containerStatuses!.map((c) => c.state.terminated?.exitCode)).toEqual([143]);
    expect(pod.status.initContainerStatuses!.map((c) => c.state.terminated?.exitCode)).toEqual([0, 143, 143]);
  });
});

describe("the pod's own activeDeadlineSeconds and the sidecars' kill (active_deadline.go ShouldEvict, killPod)", () => {
  /** main runs `duration` and exits with `exitCodes`; the sidecar proxy has a preStop sleep of `hookSeconds` */
  const deadlineJob = (o: { ads: number; restartPolicy: string; duration: string; exitCodes: string; hookSeconds: number }) => `apiVersion: batch/v1
kind: Job
metadata: { name: etl }
spec:
  backoffLimit: ${o.restartPolicy === 'Never' ? 0 : 6}
  template:
    metadata: { annotations: { jobsim/duration: "${o.duration}", jobsim/exit-codes: "${o.exitCodes}" } }
    spec:
      activeDeadlineSeconds: ${o.ads}
      restartPolicy: ${o.restartPolicy}
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Always, lifecycle: { preStop: { sleep: { seconds: ${o.hookSeconds} } } } }
      containers:
      - { name: main, image: busybox:1.36 }
`;
  it.each<[string, Parameters<typeof deadlineJob>[0], { proxyEndsS: number; phase: string; reason: string | undefined; job: string }]>([
    [
      'main exits 0, the sidecar stop (hook 20s) outlasts the deadline (15s): the status generated after it is past the deadline, Failed DeadlineExceeded',
      { ads: 15, restartPolicy: 'Never', duration: '10s', exitCodes: '0', hookSeconds: 20 },
      { proxyEndsS: 30, phase: 'Failed', reason: 'DeadlineExceeded', job: 'Failed' },
    ],
    [
      'main exits 0, the sidecar stop ends before the deadline: Succeeded',
      { ads: 60, restartPolicy: 'Never', duration: '10s', exitCodes: '0', hookSeconds: 20 },
      { proxyEndsS: 30, phase: 'Succeeded', reason: undefined, job: 'Complete' },
    ],
    [
      'the deadline (25s) while main waits in back-off: the running sidecar is killed after its preStop hook (8s), then the pod fails',
      { ads: 25, restartPolicy: 'OnFailure', duration: '10s', exitCodes: '1', hookSeconds: 8 },
      { proxyEndsS: 33, phase: 'Failed', reason: 'DeadlineExceeded', job: 'Failed' },
    ],
  ])('%s', (_n, o, want) => {
    const v = view(simulate(sim() + deadlineJob(o)));
    const pod = v.podsOf('etl')[0]!;
    const proxy = pod.status.initContainerStatuses![0]!.state.terminated!;
    const secs = (iso: string | undefined) => (Date.parse(iso!) - Date.parse('2026-01-01T00:00:00Z')) / 1000;
    expect([proxy.exitCode, secs(proxy.finishedAt), pod.status.phase, pod.status.reason]).toEqual([143, want.proxyEndsS, want.phase, want.reason]);
    expect(v.cond(v.job('etl'), want.job)).toBeDefined();
  });
});

describe("kubectl's columns for pods with sidecars (printPod)", () => {
  it('a running pod with started sidecars is Running, READY counts the sidecars; a finished one is Completed', () => {
    const r = simulate(sim() + job(), { duration: '30s' });
    const running = (r.items ?? []).find((o) => o.kind === 'Pod') as Pod;
    expect([podStatusColumn(running), podReadyColumn(running)]).toEqual(['Running', '3/3']);
    const done = view(simulate(sim() + job())).podsOf('etl')[0]!;
    expect([podStatusColumn(done), podReadyColumn(done)]).toEqual(['Completed', '0/3']);
  });

  it('kept by buildResult: the pod object carries the sidecar statuses in spec order', () => {
    const loaded = loadScenario([{ file: 'x.yaml', text: sim() + job() }]);
    const s = new Simulation(loaded.scenario!, { keepHistory: true, durationMs: 30_000 });
    const res = buildResult(s, s.run(), { items: true });
    const pod = (res.items ?? []).find((o) => o.kind === 'Pod') as Pod;
    expect(pod.status.initContainerStatuses!.map((c) => [c.name, c.ready, c.started])).toEqual([
      ['setup', true, false],
      ['proxy', true, true],
      ['logs', true, true],
    ]);
  });
});
