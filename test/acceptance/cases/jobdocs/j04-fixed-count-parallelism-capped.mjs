// Job concept page, "Controlling parallelism": "For fixed completion count Jobs, the actual number of pods running in
// parallel will not exceed the number of remaining completions. Higher values of .spec.parallelism are effectively
// ignored." completions 2, parallelism 5: two pods only, Complete at 11s.
export default {
  id: 'jobdocs/j04-fixed-count-parallelism-capped',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#controlling-parallelism; job_controller.go manageJob (wantActive = min(completions - succeeded, parallelism))',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: fixed
spec:
  completions: 2
  parallelism: 5
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('fixed').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0], 'two pods at 0s');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).length, 2, 'two creations');
    const job = h.job('fixed');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [2, 11], 'complete');
  },
};
