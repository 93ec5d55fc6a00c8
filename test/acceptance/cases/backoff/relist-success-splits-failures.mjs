// TestNewBackoffRecord rows played through a Job controller outage (5s-60s), so that one sync at the relist sees all
// the new finished pods at once, sorted by finish time; only the failures strictly after the latest success count:
// - tail ("two failures, one success and two more failures"): fail 10, 20; success 30; fail 40, 50 -> n = 2, the
//   last at 50s: 20s, retries at 70s;
// - reset ("two failures followed by success"): fail 10, 20; success 30 -> n = 0: retries at once, 60s;
// - latest (the latest success, not the first, splits): success 10, fail 20, success 50, fail 55 -> n = 1: 65s.
export default {
  id: 'backoff/relist-success-splits-failures',
  source: 'backoff_utils_test.go TestNewBackoffRecord "Empty backoff store, two failures, one success and two more failures", "Empty backoff store, two failures followed by success"; backoff_utils.go newBackoffRecord (lastSuccessTime of the last new success, failures counted from the end while failedTime.After(lastSuccessTime))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: split}
spec:
  faults:
    - {at: 5s, controllerDown: job, for: 55s}
  behaviors:
    - selector: {matchLabels: {app: tail}}
      exitCodes: [1, 0]
      perIndex:
        "0": {duration: 10s}
        "1": {duration: 20s}
        "2": {duration: 30s, exitCodes: [0]}
        "3": {duration: 40s}
        "4": {duration: 50s}
    - selector: {matchLabels: {app: reset}}
      exitCodes: [1, 0]
      perIndex:
        "0": {duration: 10s}
        "1": {duration: 20s}
        "2": {duration: 30s, exitCodes: [0]}
    - selector: {matchLabels: {app: latest}}
      exitCodes: [1, 0]
      perIndex:
        "0": {duration: 10s, exitCodes: [0]}
        "1": {duration: 20s}
        "2": {duration: 50s, exitCodes: [0]}
        "3": {duration: 55s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: tail}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  template:
    metadata: {labels: {app: tail}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: reset}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: reset}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: latest}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  template:
    metadata: {labels: {app: latest}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    // [index, created] of the pods created after the first round, in creation order
    const retries = (job) => h.podsOf(job).filter((p) => h.sec(p.metadata.creationTimestamp) > 0)
      .map((p) => [Number(p.metadata.annotations['batch.kubernetes.io/job-completion-index']), h.sec(p.metadata.creationTimestamp)])
      .sort((a, b) => a[0] - b[0]);
    h.eq(retries('tail'), [[0, 70], [1, 70], [3, 70], [4, 70]], 'tail: retries [index, created]');
    h.eq(retries('reset'), [[0, 60], [1, 60]], 'reset: retries [index, created]');
    h.eq(retries('latest'), [[1, 65], [3, 65]], 'latest: retries [index, created]');
    for (const [job, failed, n] of [['tail', 4, 5], ['reset', 2, 3], ['latest', 2, 4]]) {
      const s = h.job(job).status;
      h.eq([s.failed, s.succeeded], [failed, n], `${job}: [failed, succeeded]`);
    }
  },
};
