// TestNewBackoffRecord "Empty backoff store and two new failures": two failures seen in one sync count 2, and the
// last failure time is the later finish. The Job controller is down 5s-25s; index 0 fails at 10s and index 1 at
// 20s. The relist at 25s counts both: 20s of back-off from 20s (not from 10s, which would give 30s, nor 10s from
// 20s): both retries at 40s.
export default {
  id: 'backoff/relist-latest-failure-time',
  source: 'backoff_utils_test.go TestNewBackoffRecord "Empty backoff store and two new failures"; backoff_utils.go newBackoffRecord (sortByFinishedTime, lastFailureTime = last new failure); job_controller.go newControllerWithClock (podBackoffStore in memory, new after a restart)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lt}
spec:
  faults:
    - {at: 5s, controllerDown: job, for: 20s}
  behaviors:
    - selector: {matchLabels: {app: lt}}
      duration: 10s
      exitCodes: [1, 0]
      perIndex:
        "1": {duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: lt}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: lt}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('lt');
    h.eq(pods.map((p) => [p.metadata.name.slice(0, 5), h.sec(p.metadata.creationTimestamp), p.status.phase]),
      [['lt-0-', 0, 'Failed'], ['lt-1-', 0, 'Failed'], ['lt-0-', 40, 'Succeeded'], ['lt-1-', 40, 'Succeeded']], 'pods [index, created, phase]');
    const job = h.job('lt');
    h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime)], [2, 2, 61], '[failed, succeeded, completionTime]');
  },
};
