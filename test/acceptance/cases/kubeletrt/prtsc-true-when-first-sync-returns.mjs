// 1.33-1.35: PodReadyToStartContainers turns True only in the status generated after the first SyncPod returns
// (sandbox created, 20s image pull, container started), i.e. at 20s, not at the pod's admission (0s).
export default {
  id: 'kubeletrt/prtsc-true-when-first-sync-returns',
  source: 'pkg/kubelet/kubelet.go SyncPod (status set before containerRuntime.SyncPod; postSync RequestPodRelist regenerates it after); pkg/kubelet/status/generate.go GeneratePodReadyToStartContainersCondition; status_manager.go updateLastTransitionTime; CHANGELOG-1.36 #134660 (the immediate update is 1.36+)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: prtsc2 }
spec:
  duration: 40s
  latencies: { imagePull: 20s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: pull }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: registry.example.com/big:1 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('pull')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    h.eq(h.sec(p.status.containerStatuses[0].state.running?.startedAt), 20, 'container started after the pull');
    const c = h.anyCond(p, 'PodReadyToStartContainers');
    h.eq(c?.status, 'True', 'PodReadyToStartContainers');
    h.near(h.sec(c.lastTransitionTime), 20, 1, 'PodReadyToStartContainers lastTransitionTime');
  },
};
