// A pod deleted by a parallelism scale-down loses its tracking finalizer before the DELETE, so its later
// success (it ignores SIGTERM and ends within the grace period) is never counted: the Job needs the pod created
// at the scale-up to reach completions 2, and completes when that one ends (+25s) plus the 1s batch.
export default {
  id: 'jobevents/je01-scaledown-success-while-terminating-not-counted',
  source: 'job_controller.go manageJob (deleteJobPods: removeTrackingFinalizerPatch then DeletePod "Deleted pod: %v"), getNewFinishedPods/getValidPodsWithFilter (pods without the finalizer are skipped), recordJobFinished "Job completed"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: "15s", jobsim/on-sigterm: ignore}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 5s, patch: {kind: Job, name: a, spec: {parallelism: 1}}}
    - {at: 10s, patch: {kind: Job, name: a, spec: {parallelism: 2}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'a' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    const pods = h.podsOf('a');
    h.eq(pods.length, 3, 'pods');
    const deleted = pods.find((p) => p.metadata.deletionTimestamp);
    h.eq(ev.map((e) => e.slice(0, 3)), [[0, 'Normal', 'SuccessfulCreate'], [0, 'Normal', 'SuccessfulCreate'], [5, 'Normal', 'SuccessfulDelete'], [10, 'Normal', 'SuccessfulCreate'], [26, 'Normal', 'Completed']], 'job events');
    h.eq(ev[2][3], `Deleted pod: ${deleted.metadata.name}`, 'delete message');
    h.eq(ev[4][3], 'Job completed', 'completed message');
    h.eq([deleted.status.phase, h.sec(deleted.metadata.deletionTimestamp)], ['Succeeded', 35], 'deleted pod ended Succeeded');
    const s = h.job('a').status;
    h.eq([s.succeeded, s.failed, s.active, s.terminating, h.sec(s.completionTime)], [2, undefined, undefined, 0, 26], '[succeeded, failed, active, terminating, completionTime]');
    h.eq(h.events({ reason: 'TooManySucceededPods' }).length, 0, 'no TooManySucceededPods');
  },
};
