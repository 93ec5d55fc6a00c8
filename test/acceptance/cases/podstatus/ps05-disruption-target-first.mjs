// An evicted running pod: the Eviction API adds DisruptionTarget (appended). The kubelet's terminal status then
// goes through mergePodStatus, which keeps the conditions it does not own first and appends its own after them,
// and the status patch carries $setElementOrder/conditions: the stored order becomes DisruptionTarget,
// PodReadyToStartContainers, Initialized, Ready, ContainersReady, PodScheduled.
export default {
  id: 'podstatus/disruption-target-first',
  source: 'pkg/kubelet/status/status_manager.go mergePodStatus (old non-kubelet conditions first, then the kubelet-owned ones); kubelet_pods.go generateAPIPodStatus ("preserve all conditions not owned by the kubelet" first); statusutil.PatchPodStatus (CreateTwoWayMergePatch -> $setElementOrder/conditions)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 1m
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }]
  faults:
    - { at: 20s, evictPod: default/ev-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ev }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.find('Pod', 'ev-bn7wn');
    h.assert(p, 'pod ev-bn7wn (seed 1 name) exists');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(p.status.conditions.map((c) => c.type), ['DisruptionTarget', 'PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'], 'condition order after the kubelet terminal status');
    const d = h.anyCond(p, 'DisruptionTarget');
    h.eq([d.status, d.reason, d.message, h.sec(d.lastTransitionTime)], ['True', 'EvictionByEvictionAPI', 'Eviction API: evicting', 20], 'DisruptionTarget');
  },
};
