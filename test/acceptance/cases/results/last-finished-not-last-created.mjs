// README jobs.lastFinishedAt: "seconds from the start to the moment the last Job finished". Job a (created
// at 0, pod 100s) finishes at 101s, after Job b (created by the timeline at 10s, pod 5s, done at 16s):
// lastFinishedAt 101; durations 6 and 101 (nearest rank p50 = 6).
export default {
  id: 'results/last-finished-not-last-created',
  source: 'README metrics table (jobs.lastFinishedAt, jobs.durationSeconds)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lf}
spec:
  timeline:
  - {at: 10s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: b}, spec: {template: {metadata: {annotations: {jobsim/duration: 5s}}, spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.metrics.jobs.lastFinishedAt, 101, 'lastFinishedAt');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 6, p95: 101, p99: 101, max: 101 }, 'durations');
    h.eq([h.sec(h.job('b').status.completionTime), h.sec(h.job('a').status.completionTime)], [16, 101], 'completion times');
  },
};
