// A pod's own activeDeadlineSeconds (30) passes while its node's kubelet is not answering (10s-2m). The kubelet enforces the
// deadline locally (its activeDeadlineHandler is a PodSyncLoopHandler and ShouldEvict is consulted on every syncPod), so the pod
// is Failed DeadlineExceeded and its container killed at the deadline; what is reported when the node is back (2m) is that
// terminal state, not the container's later natural exit (60s, code 0). With backoffLimit 0 the Job then fails
// BackoffLimitExceeded one batched sync after the report.
export default {
  id: 'deadlines/pod-ads-node-down-exits-later',
  source: 'pkg/kubelet/active_deadline.go pastActiveDeadline/ShouldEvict (no phase or connectivity condition: now - status.startTime >= activeDeadlineSeconds); kubelet_pods.go generateAPIPodStatus (ShouldEvict overrides the phase to Failed); README: a down kubelet keeps its containers running and reports their real exit on return',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: a}
spec:
  duration: 6m
  cluster:
    nodePools: [{name: w, count: 1}]
  faults:
    - {at: 10s, nodeDown: w-1, for: 110s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: p}
spec:
  backoffLimit: 0
  template:
    metadata:
      annotations: {jobsim/duration: "60s"}
    spec:
      activeDeadlineSeconds: 30
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [pod] = h.podsOf('p');
    h.eq([pod.status.phase, pod.status.reason], ['Failed', 'DeadlineExceeded'], 'pod [phase, reason]');
    h.eq(pod.status.message, 'Pod was active on the node longer than the specified deadline', 'pod message');
    const t = pod.status.containerStatuses[0].state.terminated;
    h.assert(t && t.exitCode !== 0, `container killed at the deadline, not exited 0 (${JSON.stringify(t)})`);
    h.assert(h.sec(t.finishedAt) <= 30, `container finishedAt ${t.finishedAt} is at the 30s deadline, not the natural 60s exit`);
    const job = h.job('p');
    h.noCond(job, 'Complete');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq([job.status.succeeded ?? 0, job.status.failed], [0, 1], '[succeeded, failed]');
    h.near(h.sec(h.cond(job, 'Failed').lastTransitionTime), 121, 1, 'Failed after the node reports (2m + 1s batching)');
  },
};
