// One patch suspends and raises parallelism 1 -> 3 (completions 4) at 30s: the running pod is deleted (not
// counted) and Suspended recorded; the resume at 40s creates three pods at once (slow-start batches 1 and 2 in the
// same sync) before Resumed; the fourth completion follows at 141s; Complete at 242s, failed 0.
export default {
  id: 'mutations2/suspend-and-scale-in-one-patch',
  source: 'job_controller.go manageJob (jobSuspended: delete all active; else wantActive = min(completions - succeeded, parallelism), slow-start batches within one sync), syncJob (Resumed after the creations)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: k, spec: {suspend: true, parallelism: 3}}}
  - {at: 40s, patch: {kind: Job, name: k, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: k}
spec:
  completions: 4
  parallelism: 1
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'Job', name: 'k' }).map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[0, 'SuccessfulCreate'], [30, 'SuccessfulDelete'], [30, 'Suspended'], [40, 'SuccessfulCreate'], [40, 'SuccessfulCreate'], [40, 'SuccessfulCreate'], [40, 'Resumed'], [141, 'SuccessfulCreate'], [242, 'Completed']], 'events');
    const j = h.job('k');
    h.eq([j.metadata.generation, j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.startTime), h.sec(j.status.completionTime)], [3, 4, 0, 40, 242], '[generation, succeeded, failed, startTime, completionTime]');
  },
};
