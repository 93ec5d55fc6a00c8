// Indexed successPolicy (index 0): SuccessCriteriaMet at 11s and index 1 deleted (its job-tracking finalizer removed
// first); its container ignores SIGTERM and dies at 41s (137) while the Job controller is down (15s-100s). Complete is
// written only when the Job controller is back (100s), and ttlSecondsAfterFinished 0 deletes the Job then, with index 0's
// Succeeded pod (grace 0).
export default {
  id: 'ttl2/success-policy-complete-after-job-controller-outage',
  source: 'job_controller.go deleteJobPods (removeTrackingFinalizerPatch before DeletePod), delayed Complete; ttlafterfinished jobFinishTime (Complete)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  faults:
  - {at: 15s, controllerDown: job, for: 85s}
  behaviors:
  - selector: {matchLabels: {app: sp}}
    duration: 1h
    onSigterm: ignore
    perIndex:
      "0": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  ttlSecondsAfterFinished: 0
  template:
    metadata: {labels: {app: sp}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('sp');
    h.eq([h.sec(h.hasCond(j, 'SuccessCriteriaMet').lastTransitionTime), h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [11, 100], 'conditions');
    h.eq(h.sec(j.metadata.deletionTimestamp), 100, 'deleted at 100s');
    const [p0, p1] = h.podsOf('sp');
    h.eq([h.exitCodeOf(p1), p1.metadata.finalizers], [137, undefined], 'index 1 killed, no tracking finalizer');
    h.eq([h.sec(p0.metadata.deletionTimestamp), p0.metadata.deletionGracePeriodSeconds], [100, 0], 'index 0 collected at 100s');
  },
};
