// A success resets the failure count: the pod after a success is created at once, the next failure waits 10s again.
export default {
  id: 'job/backoff-reset-by-success',
  source: 'backoff_utils.go backoffStore.newBackoffRecord (new successes reset failuresAfterLastSuccess); reference §3.2',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: reset
spec:
  completions: 3
  backoffLimit: 5
  template:
    metadata:
      annotations:
        jobsim/duration: "10s"
        jobsim/exit-codes: "1,1,0,1,0,0"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('reset');
    // fail@10 -> +10s -> 20 fail@30 -> +20s -> 50 ok@60 -> sync@61 create -> fail@71 -> +10s -> 81 ok@91 -> 92 ok@102
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 61, 81, 92], 'pod creation times (s)');
    h.eq(pods.map((p) => p.status.phase), ['Failed', 'Failed', 'Succeeded', 'Failed', 'Succeeded', 'Succeeded'], 'pod phases');
    const job = h.job('reset');
    h.eq(job.status.succeeded, 3, 'status.succeeded');
    h.eq(job.status.failed, 3, 'status.failed');
    const c = h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq(h.sec(c.lastTransitionTime), 103, 'Complete time');
    h.eq(h.sec(job.status.completionTime), 103, 'completionTime');
  },
};
