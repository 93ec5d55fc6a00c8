// activeDeadlineSeconds counts from the Job's startTime, not from the containers' start: with a 20s image pull the
// two pods are still Pending (ContainerCreating) when the 15s deadline passes. FailureTarget DeadlineExceeded at 15s
// deletes both and counts them failed (a failure finish counts every non-terminal pod), Failed at 16s once they
// are gone; no container ever started, ready stays 0.
export default {
  id: 'jobctl/deadline-while-pulling-images',
  source: 'job_controller_test.go TestSyncJobPastDeadline "activeDeadlineSeconds less than single pod execution" (active pods deleted and counted failed, Failed DeadlineExceeded) and "activeDeadlineSeconds times-out before any pod starts"; job_controller.go pastActiveDeadline (since status.startTime), deleteActivePods, trackJobStatusAndRemoveFinalizers (finishedCondition failure: every non-terminal pod counted failed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pl}
spec:
  latencies: {imagePull: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pl}
spec:
  parallelism: 2
  completions: 2
  activeDeadlineSeconds: 15
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('pl');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 15], ['Failed', 'DeadlineExceeded', 16]], 'conditions');
    h.eq([h.sec(j.status.startTime), j.status.failed, j.status.succeeded, j.status.ready, j.status.terminating], [0, 2, undefined, 0, 0], '[startTime, failed, succeeded, ready, terminating]');
    const pods = h.podsOf('pl');
    h.eq(pods.map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), p.status.containerStatuses[0].started]), [['Failed', 45, false], ['Failed', 45, false]], 'pods [phase, deletionTimestamp, started]');
    h.eq(h.events({ kind: 'Job', name: 'pl' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [15, 'SuccessfulDelete'], [15, 'SuccessfulDelete'], [16, 'DeadlineExceeded']], 'events');
  },
};
