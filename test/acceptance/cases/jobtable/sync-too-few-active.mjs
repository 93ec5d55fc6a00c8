// TestControllerSyncJob row "too few active pods" (parallelism 2, completions 5, one active and one
// succeeded pod -> one creation, active 2, succeeded 1), played over a whole run: parallelism 1, raised
// to 2 at 5s; each success leaves one slot that the next sync (1s batching) fills, until the
// remaining completions limit the pods: creations at 0, 5, 11, 16, 22; Complete at 33.
export default {
  id: 'jobtable/sync-too-few-active',
  source: 'job_controller_test.go TestControllerSyncJob "too few active pods", "status change", "job finish"; job_controller.go manageJob wantActive = min(completions - succeeded, parallelism); reference §2.6, §3.6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: few}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: few, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: few}
spec:
  parallelism: 1
  completions: 5
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('few');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 5, 11, 16, 22], 'pod creation times');
    h.eq(pods.map((p) => p.status.phase), Array(5).fill('Succeeded'), 'phases');
    h.eq(pods.map((p) => p.metadata.finalizers ?? []), Array(5).fill([]), 'tracking finalizers all removed');
    const job = h.job('few');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0, job.status.ready, job.status.terminating], [5, 0, 0, 0, 0], '[succeeded, failed, active, ready, terminating]');
    const scm = h.hasCond(job, 'SuccessCriteriaMet', 'CompletionsReached');
    const c = h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq([h.sec(scm.lastTransitionTime), h.sec(c.lastTransitionTime), h.sec(job.status.completionTime)], [33, 33, 33], 'SuccessCriteriaMet, Complete, completionTime');
    h.eq(job.status.conditions.map((x) => x.type), ['SuccessCriteriaMet', 'Complete'], 'condition order');
  },
};
