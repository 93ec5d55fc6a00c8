// A readiness gate on DisruptionTarget: Ready False (the condition does not exist) while the pod runs. The pod is
// evicted at 5s (DisruptionTarget True, graceful delete) and its container ignores SIGTERM (30s grace). The kubelet
// sees the pod update and SyncTerminatingPod generates a status before killing: the container still runs and is
// ready, and the gate's condition now exists and is True (foreign conditions are kept in s.Conditions before
// GeneratePodReadyCondition), so Ready turns True at 5s until the kill ends.
export default {
  id: 'kubeletrt/gate-on-disruptiontarget-ready-while-terminating',
  source: 'pkg/kubelet/kubelet.go SyncTerminatingPod (generateAPIPodStatus + SetPodStatus before killPod); pkg/kubelet/kubelet_pods.go generateAPIPodStatus (preserve conditions not owned by the kubelet, then GeneratePodReadyCondition(pod, &oldPodStatus, s.Conditions, ...)); pkg/kubelet/status/generate.go GeneratePodReadyCondition (gate condition found with status True); registry/core/pod/storage/eviction.go addConditionAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: dtg }
spec:
  duration: 20s
  cluster: { nodePools: [{ name: w, count: 1 }] }
  faults:
  - { at: 5s, evictPod: default/dt-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: dt }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h", jobsim/on-sigterm: ignore } }
    spec:
      readinessGates: [{ conditionType: DisruptionTarget }]
      restartPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
`,
  check(r, h) {
    const p = h.podsOf('dt')[0];
    h.eq(p.metadata.name, 'dt-bn7wn', 'evicted pod name (seed 1)');
    h.assert(p.metadata.deletionTimestamp !== undefined, 'pod is terminating');
    h.eq(h.cond(p, 'DisruptionTarget')?.reason, 'EvictionByEvictionAPI', 'DisruptionTarget');
    h.eq(p.status.containerStatuses[0].state.running !== undefined, true, 'container still running (ignores SIGTERM)');
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.reason ?? null, h.sec(c.lastTransitionTime)], ['True', null, 5], 'Ready while terminating');
  },
};
