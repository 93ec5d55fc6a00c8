// `kubectl patch job j --type merge -p '{"status":{...}}'` on the main resource: status is a known
// field (strict validation passes) and the Job strategy's PrepareForUpdate puts the old status
// back, so the patch changes nothing ("patched (no change)"); the run goes on.
export default {
  id: 'timeline/patch-status-ignored',
  source: 'pkg/registry/batch/job/strategy.go PrepareForUpdate ("newJob.Status = oldJob.Status"), GetResetFields (status reset); strict field validation rejects only unknown fields',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: st}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, status: {succeeded: 5}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.status.succeeded, 1, 'status from the controller only');
    h.eq(j.metadata.generation, 1, 'no spec change');
    h.eq(h.sec(j.status.completionTime), 11, 'completes as usual');
  },
};
