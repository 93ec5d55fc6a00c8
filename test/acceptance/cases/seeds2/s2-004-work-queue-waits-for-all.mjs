// Seed 004 "parallelism: 2" without completions (a work queue) where the two pods take different times (5-60s): after
// the first pod succeeds the Job creates no new pod (once any pod has succeeded, wantActive = active) and is not yet
// complete; it completes one batched second after the last pod ends, with succeeded 2 and only 2 pods ever created.
export default {
  id: 'seeds2/s2-004-work-queue-waits-for-all',
  source: 'seed 004 Parallelism; job_controller.go manageJob (completions nil and succeeded > 0: wantActive = active), syncJob (complete when succeeded > 0 and active == 0); reference job §2.6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  parallelism: 2 # Run 2 pods at a time
  template:
    metadata:
      annotations:
        jobsim/duration: "uniform(5s,60s)"
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`,
  check(r, h) {
    const pods = h.podsOf('pi-calculator');
    h.eq(pods.length, 2, 'two pods only');
    const ends = pods.map((p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)).sort((a, b) => a - b);
    h.assert(ends[1] - ends[0] >= 2, `pods end apart (${ends})`);
    const job = h.job('pi-calculator');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [2, ends[1] + 1], 'complete after the last pod');
    h.eq(h.sec(h.cond(job, 'SuccessCriteriaMet').lastTransitionTime), ends[1] + 1, 'SuccessCriteriaMet not before the last pod ends');
  },
};
