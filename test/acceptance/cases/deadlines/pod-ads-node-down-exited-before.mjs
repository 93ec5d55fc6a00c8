// Control for the down-node deadline cases: a container that exits 0 (30s) before the pod's activeDeadlineSeconds (60) while
// its node is silent (10s-2m) made the pod Succeeded at 30s, locally; the kubelet reports that on its return (2m), the deadline
// is never applied to a terminal pod, and the Job completes one batched sync later.
export default {
  id: 'deadlines/pod-ads-node-down-exited-before',
  source: 'pkg/kubelet/active_deadline.go (deadline from status.startTime); kubelet pod_workers syncTerminatedPod (status generated once, when the pod turns terminal); job_controller.go completion',
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
      annotations: {jobsim/duration: "30s"}
    spec:
      activeDeadlineSeconds: 60
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [pod] = h.podsOf('p');
    h.eq([pod.status.phase, pod.status.reason ?? null], ['Succeeded', null], 'pod [phase, reason]');
    h.eq(h.sec(pod.status.containerStatuses[0].state.terminated.finishedAt), 30, 'container finishedAt (its real exit)');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).length, 0, 'DeadlineExceeded events');
    const job = h.job('p');
    h.hasCond(job, 'Complete');
    h.near(h.sec(h.cond(job, 'Complete').lastTransitionTime), 121, 1, 'Complete after the node reports');
  },
};
