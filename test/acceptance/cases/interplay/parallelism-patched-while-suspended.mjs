// parallelism lowered 3 -> 1 while the Job is created suspended (patched at 5s, resumed at 10s): the resume creates one pod only; with
// completions 2 the second completion follows after the first (21s), Complete at 32s.
export default {
  id: 'interplay/parallelism-patched-while-suspended',
  source: 'job_controller.go manageJob (wantActive = min(completions - succeeded, parallelism) on resume), updateJob (generation change: immediate sync); reference §2.6 step 2, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip27}
spec:
  timeline:
    - { at: 5s, patch: { kind: Job, name: j, spec: { parallelism: 1 } } }
    - { at: 10s, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  suspend: true
  completions: 2
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: "10s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(h.podsOf('j').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [[10, 'Succeeded', undefined], [21, 'Succeeded', undefined]], 'pods');
    h.eq([job.status.succeeded, h.sec(job.status.startTime), h.sec(job.status.completionTime)], [2, 10, 32], '[succeeded, startTime, completionTime]');
    h.eq(job.status.conditions[0].reason, 'JobResumed', 'Suspended condition flipped in place');
  },
};
