// Seed 004's ttlSecondsAfterFinished applies to failed Jobs too ("after completion" means Complete or Failed): the
// pi-calculator whose pods always fail (backoffLimit 4) is Failed at +201s and deleted at +301s, with its 5 failed
// pods (terminal: grace 0).
export default {
  id: 'seeds/s004-pi-ttl-after-failure',
  source: 'ttlafterfinished_controller.go needsCleanup/jobFinishTime (Complete or Failed condition lastTransitionTime); reference cronjob §4',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  ttlSecondsAfterFinished: 100 # Delete 100s after completion
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`,
  check(r, h) {
    const job = h.job('pi-calculator');
    h.eq(h.sec(h.cond(job, 'Failed')?.lastTransitionTime), 201, 'Failed at +201s');
    h.eq(h.sec(job.metadata.deletionTimestamp), 301, 'deleted 100s after Failed');
    const pods = h.podsOf('pi-calculator');
    h.eq(pods.map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp)]), Array(5).fill(['Failed', 301]), 'pods deleted with it');
  },
};
