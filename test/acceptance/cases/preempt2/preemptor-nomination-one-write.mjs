// After a successful preemption the scheduling cycle still fails, and handleSchedulingFailure writes
// the preemptor's status once: PodScheduled=False (Unschedulable) and nominatedNodeName together, in
// one patch. No version of the preemptor ever carries the nomination without that condition.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`;
export default {
  id: 'preempt2/preemptor-nomination-one-write',
  source: 'pkg/scheduler/schedule_one.go handleSchedulingFailure -> updatePod(ctx, client, apiCacher, pod, PodScheduled False condition, nominatingInfo): one PatchPodStatus with the condition and NominatedNodeName (or apiCacher.PatchPodStatus with both); preemption.go Preempt returns the nominated node in the PostFilterResult, it writes no pod status itself',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'preempt2-'));
    const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'traced run exit');
    const hi = h.podsOf('hi')[0];
    const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
      .filter((l) => l.type === 'object' && l.kind === 'Pod' && l.name === hi.metadata.name && l.t === '2026-01-01T00:01:00Z');
    const shape = lines.map((l) => [l.op, l.object.status.nominatedNodeName ?? null, (l.object.status.conditions ?? []).find((c) => c.type === 'PodScheduled')?.status ?? null]);
    h.eq(shape, [['ADDED', null, null], ['MODIFIED', 'w-1', 'False']], 'hi at +60s: created, then one status write with the nomination and PodScheduled=False (hi is bound at +90s)');
  },
};
