// Pod activeDeadlineSeconds 30, a 5m container, the node's kubelet silent from 10s to 2m: the deadline falls during the outage.
// The kubelet fails the pod locally at 30s (DeadlineExceeded); at the latest its first pod sync after coming back finds
// now - status.startTime >= 30s and fails it. Either way the pod does not go on running to 5m and succeed: after the return it is
// Failed DeadlineExceeded and the Job (backoffLimit 0) fails BackoffLimitExceeded about a second later.
export default {
  id: 'deadlines/pod-ads-node-down-still-running',
  source: 'pkg/kubelet/active_deadline.go (ShouldSync/ShouldEvict: pastActiveDeadline from status.startTime, evaluated on every pod sync); kubelet_pods.go generateAPIPodStatus; reference cronjob-and-friends §5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: a}
spec:
  duration: 8m
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
      annotations: {jobsim/duration: "5m"}
    spec:
      activeDeadlineSeconds: 30
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [pod] = h.podsOf('p');
    h.eq([pod.status.phase, pod.status.reason], ['Failed', 'DeadlineExceeded'], 'pod [phase, reason]');
    h.eq(h.events({ reason: 'DeadlineExceeded', kind: 'Pod' }).length, 1, 'kubelet DeadlineExceeded events');
    const job = h.job('p');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.near(h.sec(h.cond(job, 'Failed').lastTransitionTime), 121, 1, 'Job Failed shortly after the node is back (2m)');
  },
};
