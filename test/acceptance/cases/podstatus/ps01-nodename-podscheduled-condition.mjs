// A Job pod created with spec.nodeName never meets the scheduler, but the kubelet's generateAPIPodStatus
// appends PodScheduled=True to every status it writes (after its own four conditions); the status manager
// stamps its lastTransitionTime when it first appears (here the admission at 0s).
export default {
  id: 'podstatus/nodename-podscheduled-condition',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus ("set all Kubelet-owned conditions" ... s.Conditions = append(s.Conditions, v1.PodCondition{Type: v1.PodScheduled, Status: v1.ConditionTrue})); pkg/kubelet/status/status_manager.go updateStatusInternal/updateLastTransitionTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: nn }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: node-1
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('nn')[0];
    h.eq([p.status.phase, p.spec.nodeName], ['Running', 'node-1'], '[phase, nodeName]');
    h.eq(p.status.conditions.map((c) => c.type), ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'], 'condition types in kubelet order');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c.status, c.reason ?? null, c.message ?? null, c.lastProbeTime, h.sec(c.lastTransitionTime)], ['True', null, null, null, 0], 'PodScheduled');
  },
};
