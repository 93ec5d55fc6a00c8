// With unreachable:NoExecute tolerated for ever, the pod outlives the 10-minute outage untouched: the
// node controller set its Ready condition False at Unknown, and the kubelet back at 11m reports it Ready
// again (lastTransitionTime 11m), so the Job's ready count is 1 again at the end; ContainersReady never
// changed (the node controller writes only the Ready condition).
export default {
  id: 'nodelife2/forever-toleration-ready-again',
  source: 'controller_utils.go MarkPodsNotReady (PodReady only); kubelet status_manager generateAPIPodStatus (Ready from container readiness) on return; node_lifecycle_controller_test.go TestMonitorNodeHealthMarkPodsNotReady; job_controller.go countReadyPods',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, extra] = h.podsOf('j');
    h.eq(extra, undefined, 'no replacement');
    const c = (t) => p.status.conditions.find((x) => x.type === t);
    h.eq([c('Ready').status, h.sec(c('Ready').lastTransitionTime)], ['True', 660], 'Ready again on return');
    h.eq([c('ContainersReady').status, h.sec(c('ContainersReady').lastTransitionTime)], ['True', 0], 'ContainersReady untouched');
    const j = h.job('j');
    h.eq([j.status.active, j.status.ready, j.status.failed ?? 0], [1, 1, 0], 'job');
  },
};
