// TestControllerSyncJob row "WQ job all finished despite one failure": work queue, parallelism 2, one
// pod succeeded and one failed in the same sync -> no replacement (after a success a work-queue Job
// creates nothing), Complete, succeeded 1, failed 1.
export default {
  id: 'jobtable/sync-wq-finished-despite-failure',
  source: 'job_controller_test.go TestControllerSyncJob "WQ job all finished despite one failure"; job_controller.go manageJob / syncJob complete; reference §15 item 11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: wqf}
spec:
  parallelism: 2
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('wqf');
    h.eq(pods.length, 2, 'no replacement for the failed pod');
    h.eq(pods.map((p) => p.status.phase).sort(), ['Failed', 'Succeeded'], 'phases');
    const job = h.job('wqf');
    h.eq([job.status.succeeded, job.status.failed, job.status.active ?? 0], [1, 1, 0], '[succeeded, failed, active]');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'True', 'CompletionsReached', 11], ['Complete', 'True', 'CompletionsReached', 11]], 'conditions');
    h.noCond(job, 'Failed');
    h.noCond(job, 'FailureTarget');
  },
};
