// The evicted pod (Eviction API at 20s, grace 30s): its container is stopped at once (143, Error, finishedAt 20s),
// the pod is Failed, deletionTimestamp 50s with deletionGracePeriodSeconds 30.
export default {
  id: 'podstatus/evicted-pod-final-container-state',
  source: 'pkg/registry/core/pod/storage/eviction.go (DisruptionTarget EvictionByEvictionAPI, then a graceful delete with the pod grace period); kubelet killContainer; getPhase (podIsTerminal -> Failed)',
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
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.status.phase, t.exitCode, t.reason, h.sec(t.finishedAt)], ['Failed', 143, 'Error', 20], '[phase, exitCode, reason, finishedAt]');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [50, 30], '[deletionTimestamp, grace]');
  },
};
