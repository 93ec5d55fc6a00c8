// Seed 004 "completions: 10, parallelism: 2" on the pi-calculator Job: 2 pods at a time, 5 rounds (0, 11, 22, 33,
// 44s), Complete at +55s with succeeded 10.
export default {
  id: 'seeds/s004-parallel-2-of-10',
  source: 'job_controller.go manageJob (wantActive = min(completions - succeeded, parallelism)); reference job §2.6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  completions: 10 # Total successful pods needed
  parallelism: 2 # Run 2 pods at a time
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`,
  check(r, h) {
    const byT = {};
    for (const p of h.podsOf('pi-calculator')) { const t = h.sec(p.metadata.creationTimestamp); byT[t] = (byT[t] ?? 0) + 1; }
    h.eq(byT, { 0: 2, 11: 2, 22: 2, 33: 2, 44: 2 }, 'creations per instant');
    const job = h.job('pi-calculator');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime), job.spec.completions, job.spec.parallelism], [10, 55, 10, 2], 'status');
  },
};
