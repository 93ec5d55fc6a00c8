// The Preempted event refers to the victim as the scheduler's snapshot held it, before the preemption
// wrote anything: its involvedObject.resourceVersion is the victim's version just before the
// DisruptionTarget patch, not the version that patch (or the graceful delete) produced.
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
  id: 'preempt2/preempted-event-victim-rv',
  source: 'preemption.go NewEvaluator PreemptPod (util.PatchPodStatus(..., &victim.Status, newStatus) and util.DeletePod(victim) do not modify victim; then EventRecorder().Eventf(victim, preemptor, Normal, "Preempted", "Preempting", ...)); events.k8s.io recorder generateEvent (reference.GetReference(regarding): ResourceVersion of the object passed)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'preempt2-'));
    const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'traced run exit');
    const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const v = h.podsOf('low')[0];
    const podLines = lines.filter((l) => l.type === 'object' && l.kind === 'Pod' && l.name === v.metadata.name);
    const i = podLines.findIndex((l) => (l.object.status.conditions ?? []).some((c) => c.type === 'DisruptionTarget'));
    h.assert(i > 0, 'a DisruptionTarget write after earlier versions');
    const before = podLines[i - 1].object.metadata.resourceVersion;
    const ev = h.events({ reason: 'Preempted' });
    h.eq(ev.length, 1, 'one Preempted event');
    h.eq(ev[0].involvedObject.resourceVersion, before, 'involvedObject.resourceVersion = the victim before the preemption');
  },
};
