// TestControllerSyncJob rows "new failed pod" and "too few active pods and active back-off": a new
// failure is counted at once but, with the back-off record holding one failure of 10s ago or less,
// manageJob creates nothing and requeues. The first pod fails at 10s (counted at 11s); parallelism is
// raised to 2 at 12s: still nothing is created until the back-off ends at 20s, when both pods come.
export default {
  id: 'jobtable/sync-new-failed-pod-backoff',
  source: 'job_controller_test.go TestControllerSyncJob "new failed pod", "too few active pods and active back-off"; job_controller.go manageJob (remainingTime > 0: requeue, no creation); backoff_utils.go; reference §3.2-3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nf}
spec:
  timeline:
  - {at: 12s, patch: {kind: Job, name: nf, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: nf}
spec:
  parallelism: 1
  completions: 5
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('nf');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [20, 'Succeeded'], [20, 'Succeeded'], [31, 'Succeeded'], [31, 'Succeeded'], [42, 'Succeeded']], 'pods [created, phase]');
    const job = h.job('nf');
    h.eq([job.status.succeeded, job.status.failed], [5, 1], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 53, 'Complete');
  },
};
