// Four pods failing at the same instant are four failures for the record: 10s * 2^3 = 80s, so the four
// replacements are created together at 90s (slow-start batches 1, 2, 1 in the same sync).
export default {
  id: 'backoff/four-simultaneous-failures',
  source: 'backoff_utils.go newBackoffRecord ("Empty backoff store and two new failures": n += len(newFailedPods)); job_controller.go manageJob slow start; reference job-controller §3.2-3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: q }
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,1,1,1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('q');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 0, 0, 90, 90, 90, 90], 'creation times');
    h.eq(h.events({ reason: 'SuccessfulCreate', name: 'q' }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 0, 0, 90, 90, 90, 90], 'SuccessfulCreate events');
    const job = h.job('q');
    h.eq([job.status.succeeded, job.status.failed], [4, 4], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 101, 'Complete at 101s');
  },
};
