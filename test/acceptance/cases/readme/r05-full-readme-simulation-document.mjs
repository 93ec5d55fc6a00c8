// README "Scenario format": the Simulation example with every field (seed, start, duration, a node pool
// with labels, taints, mtbf, mttr; latencies; a behaviour with duration, exitCodes, failureProbability,
// failExitCode, perIndex; the four fault kinds; the check section; the three timeline actions) is accepted
// by `jobsim run` (the check section is ignored there) and each field has its documented effect.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: nightly-backup
spec:
  seed: 42
  start: "2026-01-01T00:00:00Z"
  duration: 7d
  cluster:
    nodePools:
      - name: worker
        count: 3
        capacity: { cpu: "4", memory: 16Gi, pods: 110 }
        labels: { pool: worker }
        taints: []
        mtbf: 72h
        mttr: 20m
  latencies:
    imagePull: 2s
    containerStart: 1s
    scheduling: 0s
  behaviors:
    - selector: { matchLabels: { app: backup } }
      duration: 20m
      exitCodes: [1, 1, 0]
      failureProbability: 0.05
      failExitCode: 1
      perIndex:
        "3": { exitCodes: [1] }
  faults:
    - { at: 26h10m, nodeDown: worker-1, for: 30m }
    - { at: 2h, controllerDown: cronjob, for: 3h }
    - { at: 5h, deleteNode: worker-2 }
    - { at: 90m, evictPod: default/etl-x7k2p }
  check:
    runs: 200
    faults:
      nodeDown: { max: 2, for: [1m, 30m] }
    properties:
      - { job: etl, maxFailed: 3, completesWithin: 2h }
      - { cronJob: nightly, noMissedSlot: true, maxLateness: 5m }
  timeline:
    - { at: 1h, patch: { kind: Job, name: etl, spec: { suspend: true } } }
    - { at: 2h, delete: { kind: CronJob, name: nightly } }
    - { at: 3h, create: { apiVersion: batch/v1, kind: Job, metadata: { name: late }, spec: { template: { spec: { containers: [{ name: c, image: busybox }], restartPolicy: Never } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: etl }
spec:
  template:
    metadata: { labels: { app: backup } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: c, image: busybox }]
          restartPolicy: OnFailure
`;
export default {
  id: 'readme/full-readme-simulation-document',
  source: 'README "Scenario format" (the Simulation example, field by field); CONTRACT §2; README "A fault that names an object that does not exist when it fires ... warning on stderr"',
  scenario,
  check(r, h) {
    h.eq(r.metadata.name, 'nightly-backup', 'metadata.name');
    h.eq([r.spec.seed, r.spec.start, r.spec.end, r.spec.endedBy], [42, '2026-01-01T00:00:00Z', '2026-01-08T00:00:00Z', 'duration'], 'spec');
    h.eq(h.of('Node').map((n) => n.metadata.name), ['worker-1', 'worker-2', 'worker-3'], 'pool nodes');
    const n1 = h.get('Node', 'worker-1', undefined);
    h.eq(n1.metadata.labels.pool, 'worker', 'pool label');
    h.eq(h.get('Node', 'worker-2', undefined).metadata.deletionTimestamp, '2026-01-01T05:00:00Z', 'deleteNode at 5h');
    // latencies: pull 2s then start 1s
    const etlPods = h.podsOf('etl');
    const ev = (reason, pod) => h.events({ reason, name: pod.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq([ev('Pulling', etlPods[0]), ev('Pulled', etlPods[0]), ev('Started', etlPods[0])], [[0], [2], [3]], 'image pull 2s, container start 1s');
    // behaviour: 20m, exit codes 1,1,0 by attempt; replacement 10s then 20s after each failure
    h.eq(etlPods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 1213, 2436], 'etl pods: 3s+20m then +10s backoff; +20s');
    h.eq(h.exitCodeOf(etlPods[0]), 1, 'attempt 1 exit 1');
    h.eq(h.exitCodeOf(etlPods[1]), 1, 'attempt 2 exit 1');
    // timeline: suspend at 1h, delete CronJob at 2h, create late at 3h
    h.hasCond(h.job('etl'), 'Suspended', 'JobSuspended');
    h.eq(h.cronjob('nightly').metadata.deletionTimestamp, '2026-01-01T02:00:00Z', 'CronJob deleted at 2h');
    h.eq(h.jobsOf('nightly').length, 0, 'no nightly Job (controller down 2h-5h, then deleted)');
    h.eq(h.job('late').metadata.creationTimestamp, '2026-01-01T03:00:00Z', 'late created at 3h');
    // nodeDown worker-1 at 26h10m for 30m
    const nr = h.events({ reason: 'NodeNotReady', name: 'worker-1' }).map((e) => e.firstTimestamp);
    h.assert(nr.some((t) => t >= '2026-01-02T02:10:40Z' && t <= '2026-01-02T02:11:00Z'), 'worker-1 NotReady ~50s after 26h10m: ' + nr);
    h.assert(h.events({ reason: 'NodeReady', name: 'worker-1' }).some((e) => e.firstTimestamp === '2026-01-02T02:40:00Z'), 'worker-1 back at 26h40m');
    // mtbf: some random failures besides the scripted one
    h.assert(h.events({ reason: 'NodeNotReady' }).length > 2, 'mtbf draws random failures');
    const bin = 'node_modules/.bin/jobsim';
    const dir = mkdtempSync(join(tmpdir(), 'full-'));
    const f = join(dir, 'full.yaml'); writeFileSync(f, scenario);
    const p = spawnSync(bin, ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    h.assert(/evictPod.*default\/etl-x7k2p.*does not exist/.test(p.stderr), 'evictPod of a missing pod warns: ' + p.stderr);
  },
};
