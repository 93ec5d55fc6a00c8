// The TTL counts from the Failed condition, wherever the Job controller got delayed: ADS 30 sets FailureTarget at 30s and
// deletes the running pod (the kubelet kills it at once), the Job controller is down from 30.5s to 60s, so Failed
// (DeadlineExceeded, with its Warning) is written only at its return, 60s; ttlSecondsAfterFinished 10 deletes the Job at 70s.
export default {
  id: 'deadlines/ttl-from-failed-after-controller-outage',
  source: 'pkg/controller/ttlafterfinished/ttlafterfinished_controller.go jobFinishTime (Failed lastTransitionTime), timeLeft; job_controller.go enactJobFinished; reference job-controller §10, cronjob-and-friends §4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
    - {at: 30500ms, controllerDown: job, for: 29500ms}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  activeDeadlineSeconds: 30
  ttlSecondsAfterFinished: 10
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('t');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 30], ['Failed', 'DeadlineExceeded', 60]], 'conditions');
    h.eq(h.sec(job.metadata.deletionTimestamp), 70, 'Job deletionTimestamp (Failed + 10)');
    h.eq(h.events({ reason: 'DeadlineExceeded', kind: 'Job' }).map((e) => h.sec(e.firstTimestamp)), [60], 'Warning with Failed');
  },
};
