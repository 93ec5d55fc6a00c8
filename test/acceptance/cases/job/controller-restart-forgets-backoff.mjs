// The pod-failure back-off lives in the Job controller's memory: after a controller outage (15s-45s) the relist syncs
// every Job at once and the replacement of a pod that failed at 10s is created at 45s, with no remaining delay; the
// deadline of another Job that passed during the outage fires at the relist.
export default {
  id: 'job/controller-restart-forgets-backoff',
  source: 'job_controller.go newControllerWithClock (podBackoffStore: newBackoffStore() in memory), addJob enqueueSyncJobImmediately; reference §3.2, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: out}
spec:
  faults:
    - { at: 15s, controllerDown: job, for: 30s }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: dl
spec:
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations:
        jobsim/duration: "100s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: bo
spec:
  backoffLimit: 3
  template:
    metadata:
      annotations:
        jobsim/duration: "10s"
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    // bo: fail@10 (back-off due 20, lost) -> relist 45 -> fail@55 (n=1) -> 65 -> fail@75 (n=2) -> 95 -> fail@105 -> Failed@106
    h.eq(h.podsOf('bo').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 45, 65, 95], 'bo: pod creation times');
    h.eq(h.sec(h.hasCond(h.job('bo'), 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 106, 'bo: Failed');
    h.eq(h.sec(h.hasCond(h.job('dl'), 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 45, 'dl: deadline noticed at the relist');
  },
};
