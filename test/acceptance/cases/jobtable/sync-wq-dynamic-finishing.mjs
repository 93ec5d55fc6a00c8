// TestControllerSyncJob rows "too few active pods with a dynamic job" (work queue, parallelism 2,
// one active -> one creation), "WQ job finishing" (one active, one succeeded -> no creation, active 1)
// and "WQ job all finished" (Complete once nothing is active). Work queue, parallelism 1 raised to 2
// at 5s; OnFailure: pod A's first run exits 1 at 10s and its restart succeeds at 20s; pod B (second
// attempt) succeeds at 15s. After B's success no pod is created; Complete at 21s.
export default {
  id: 'jobtable/sync-wq-dynamic-finishing',
  source: 'job_controller_test.go TestControllerSyncJob "too few active pods with a dynamic job", "WQ job finishing", "WQ job all finished"; job_controller.go manageJob (completions nil: succeeded > 0 ? active : parallelism), syncJob complete = succeeded > 0 && active == 0; reference §2.6, §15 item 11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: wq}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: wq, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 1
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('wq');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 5], 'creations: only the parallelism raise adds a pod');
    h.eq(pods.map((p) => p.status.phase), ['Succeeded', 'Succeeded'], 'phases');
    h.eq(pods.map((p) => p.status.containerStatuses[0].restartCount), [1, 0], 'restart counts');
    h.eq(pods.map((p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)), [20, 15], 'finish times');
    const job = h.job('wq');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0], [2, 0, 0], '[succeeded, failed, active]');
    h.eq(h.sec(h.hasCond(job, 'Complete', 'CompletionsReached').lastTransitionTime), 21, 'Complete at 21s');
    h.eq(h.events({ kind: 'Job', name: 'wq' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', 5], ['Completed', 21]], 'Job events');
  },
};
