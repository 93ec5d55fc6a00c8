// Same as nodedown-pfp-stuck-terminating but the node comes back at 15m: the kubelet kills the Terminating
// pod (exit 143, phase Failed) at 15m; the Ignore rule matches DisruptionTarget, so it is not counted, but the
// ignored failure still feeds the pod back-off: 1 failure, 10s from the container's finish (15m): the
// replacement is created at 15m10s.
export default {
  id: 'faults/nodedown-pfp-node-back-replaced',
  source: 'job_controller.go (Ignore: not counted in status.failed; backoff_utils.go newBackoffRecord counts every new failed pod); kubelet killPod on return; reference job-controller.md §5 (Ignore still feeds the exponential backoff delay)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nb}
spec:
  duration: 30m
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 1m, nodeDown: w-1, for: 14m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: "2h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 910], 'replacement 10s after the kill');
    const p = pods[0];
    h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.status.phase, t.exitCode, h.sec(t.finishedAt)], ['Failed', 143, 900], 'killed when the kubelet is back');
    const s = h.job('j').status;
    h.eq([s.failed ?? 0, s.active, s.terminating ?? 0], [0, 1, 0], '[failed, active, terminating]');
  },
};
