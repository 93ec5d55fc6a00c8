// New failures replace the record's last failure time with the latest of their own finish times, even when that
// is earlier than the one already recorded. Two 1-CPU nodes: index 0 runs 17s on w-2, index 1 runs 10s on w-1, which
// stops answering at 5s. Index 0 fails at 17s: n = 1, retry at 27s. Index 1's container exited at 10s, but w-1 only
// reports it when back at 30s; the sync at 31s has n = 2 and the last failure time 10s (not 17s): 20s from 10s has
// passed, so index 1 is re-created at once (31s), not at 37s. Both retries succeed.
export default {
  id: 'backoff/late-report-moves-failure-time-back',
  source: 'backoff_utils.go newBackoffRecord (only new failures: lastFailureTime = getFinishedTime(newFailedPods[len-1]), replacing the stored time), getFinishedTime (container FinishedAt)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lr}
spec:
  cluster:
    nodePools: [{name: w, count: 2, capacity: {cpu: "1", memory: 4Gi, pods: 110}}]
  faults:
    - {at: 5s, nodeDown: w-1, for: 25s}
  behaviors:
    - selector: {matchLabels: {app: lr}}
      exitCodes: [1, 0]
      perIndex:
        "0": {duration: 17s}
        "1": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: lr}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: lr}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('lr').map((p) => [p.metadata.name.slice(0, 5), p.spec.nodeName, h.sec(p.metadata.creationTimestamp), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), p.status.phase]);
    h.eq(pods, [
      ['lr-0-', 'w-2', 0, 17, 'Failed'], ['lr-1-', 'w-1', 0, 10, 'Failed'],
      ['lr-0-', 'w-2', 27, 44, 'Succeeded'], ['lr-1-', 'w-1', 31, 41, 'Succeeded'],
    ], 'pods [index, node, created, finishedAt, phase]');
    const job = h.job('lr');
    h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime)], [2, 2, 45], '[failed, succeeded, completionTime]');
  },
};
