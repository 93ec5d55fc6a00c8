// podReplacementPolicy Failed: a pod evicted from an unreachable node stays Terminating;
// no replacement until it really fails (node back), then after the 10s back-off from its finishedAt.
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: prp}
spec:
  duration: 30m
  cluster:
    nodePools:
      - name: w
        count: 2
  faults:
    - { at: 60s, nodeDown: w-1, for: 15m }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: prp
spec:
  podReplacementPolicy: Failed
  template:
    metadata:
      annotations:
        jobsim/duration: "20m"
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`;
export default {
  id: 'job/prp-failed',
  source: 'job_controller.go isPodFailed / onlyReplaceFailedPods / manageJob diff = wantActive - terminating - active; backoff_utils.go getFinishedTime; reference §2.1, §3.3, §4',
  scenario,
  check(r, h) {
    const pods = h.podsOf('prp');
    h.eq(pods.length, 2, 'pods created');
    const first = pods[0];
    const evictedAt = h.sec(first.metadata.deletionTimestamp) - 30;
    h.assert(evictedAt > 300 && evictedAt < 500, `first pod evicted by the taint manager (at ${evictedAt}s)`);
    const finished = h.sec(first.status.containerStatuses[0].state.terminated.finishedAt);
    h.assert(finished >= 960, `first pod terminated when the node came back (${finished}s)`);
    const created = h.sec(pods[1].metadata.creationTimestamp);
    h.eq(created, finished + 10, 'replacement created 10s (back-off) after the evicted pod finished');
    const job = h.job('prp');
    h.eq(job.status.failed, 1, 'failed');
  },
};
