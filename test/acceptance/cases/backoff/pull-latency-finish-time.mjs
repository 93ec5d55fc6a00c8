// The delay counts from the container's finishedAt, not from the pod's creation or start: with a 5s image pull and
// a 1s container start, the first pod (created 0s) runs 6s-16s; its retry is created at 26s (16 + 10), runs
// 32s-42s; the third is created at 62s (42 + 20) and fails at 78s: failed 3 > 2, Failed at 79s.
export default {
  id: 'backoff/pull-latency-finish-time',
  source: 'backoff_utils.go getFinishedTime (latest container FinishedAt), newBackoffRecord; job_controller.go manageJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pl}
spec:
  latencies: {imagePull: 5s, containerStart: 1s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pl}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('pl').map((p) => {
      const t = p.status.containerStatuses[0].state.terminated;
      return [h.sec(p.metadata.creationTimestamp), h.sec(t.startedAt), h.sec(t.finishedAt)];
    }), [[0, 6, 16], [26, 32, 42], [62, 68, 78]], 'pods [created, startedAt, finishedAt]');
    h.eq(h.sec(h.hasCond(h.job('pl'), 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 79, 'Failed');
  },
};
