// PodLifecycleSleepActionAllowZero (GA 1.34): sleep 0 is valid and waits nothing.
export default {
  id: 'gates135/sl02-prestop-sleep-zero',
  source: 'kube_features.go PodLifecycleSleepActionAllowZero {1.33 Beta on, 1.34 GA}; validation.go validateSleepAction (>= 0 allowed); kuberuntime runSleepHandler',
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
      containers:
      - name: c
        image: busybox
        lifecycle:
          preStop:
            sleep: {seconds: 0}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('ps')[0];
    h.eq(h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), 30, 'finishedAt');
    h.eq(h.sec(h.cond(h.job('ps'), 'Failed').lastTransitionTime), 31, 'Failed condition');
  },
};
