// A sleep as long as the grace period (allowed: <= terminationGracePeriodSeconds) holds the container the whole
// grace period; the kubelet then stops it with the 2s minimum, and it exits on SIGTERM at once here.
export default {
  id: 'gates135/sl03-prestop-sleep-full-grace',
  source: 'kuberuntime_container.go killContainer (gracePeriod -= preStop duration; minimumGracePeriodInSeconds 2); PodLifecycleSleepAction 1.34 GA',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ps}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      terminationGracePeriodSeconds: 30
      containers:
      - name: c
        image: busybox
        lifecycle:
          preStop:
            sleep: {seconds: 30}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('ps')[0];
    h.eq(p.metadata.deletionTimestamp, '2026-01-01T00:01:00Z', 'deletionTimestamp (request + 30s grace)');
    h.eq(h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), 60, 'finishedAt (30s + 30s sleep)');
  },
};
