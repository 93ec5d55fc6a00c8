// ttlSecondsAfterFinished: the Job is deleted (foreground) ttl seconds after its Complete/Failed condition; 0 = at once.
export default {
  id: 'job/ttl-after-finished',
  source: 'ttlafterfinished_controller.go processTTL/timeLeft (finish time = Complete/Failed lastTransitionTime); reference §10',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: ttl
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: ttl0
spec:
  ttlSecondsAfterFinished: 0
  backoffLimit: 0
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "2"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.job('ttl');
    h.eq(h.sec(h.hasCond(a, 'Complete').lastTransitionTime), 11, 'ttl: Complete');
    h.eq(h.sec(a.metadata.deletionTimestamp), 41, 'ttl: deleted 30s after Complete');
    const b = h.job('ttl0');
    h.eq(h.sec(h.hasCond(b, 'Failed').lastTransitionTime), 11, 'ttl0: Failed');
    h.eq(h.sec(b.metadata.deletionTimestamp), 11, 'ttl0: deleted at once');
    h.eq(r.events.filter((e) => e.source?.component === 'ttl-after-finished-controller').length, 0, 'no TTL events');
  },
};
