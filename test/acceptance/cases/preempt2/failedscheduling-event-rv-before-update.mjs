// The preemptor's FailedScheduling event is recorded before its status is patched, on the pod as it
// was popped from the queue: involvedObject.resourceVersion is the version the Job controller created
// (no write came in between), not the version the scheduler's own patch produced.
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
  id: 'preempt2/failedscheduling-event-rv-before-update',
  source: 'pkg/scheduler/schedule_one.go handleSchedulingFailure (pod := podInfo.Pod; EventRecorder().Eventf(pod, nil, Warning, "FailedScheduling", "Scheduling", msg) before updatePod); events.k8s.io recorder (reference.GetReference(regarding) keeps its ResourceVersion)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'preempt2-'));
    const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'traced run exit');
    const hi = h.podsOf('hi')[0];
    const added = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
      .find((l) => l.type === 'object' && l.kind === 'Pod' && l.name === hi.metadata.name && l.op === 'ADDED');
    const ev = h.events({ reason: 'FailedScheduling', name: hi.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.involvedObject.resourceVersion]), [[60, added.object.metadata.resourceVersion]], 'FailedScheduling refers to the pod as created');
  },
};
