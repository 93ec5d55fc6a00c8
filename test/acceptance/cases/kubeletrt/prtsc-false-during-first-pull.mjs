// 1.33-1.35: the kubelet writes the status of a new pod BEFORE its first runtime SyncPod (which creates the sandbox
// and then blocks pulling the image), so while a 30s pull runs PodReadyToStartContainers is False (no sandbox in the
// status it was generated from); only 1.36 (#134660, OnPodSandboxReady) sets it True right after sandbox creation.
export default {
  id: 'kubeletrt/prtsc-false-during-first-pull',
  source: 'pkg/kubelet/kubelet.go SyncPod (generateAPIPodStatus + statusManager.SetPodStatus before containerRuntime.SyncPod, postSync RequestPodRelist); pkg/kubelet/status/generate.go GeneratePodReadyToStartContainersCondition (PodSandboxChanged -> False); CHANGELOG-1.36 v1.36.0-beta.0 #134660 "Kubelet now sets PodReadyToStartContainers condition immediately after sandbox creation rather than after image pull"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: prtsc }
spec:
  duration: 10s
  latencies: { imagePull: 30s }
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
    h.eq(p.status.phase, 'Pending', 'phase');
    h.eq(p.status.containerStatuses[0].state, { waiting: { reason: 'ContainerCreating' } }, 'container state');
    const c = h.anyCond(p, 'PodReadyToStartContainers');
    h.eq([c?.status, h.sec(c?.lastTransitionTime)], ['False', 0], 'PodReadyToStartContainers while the first pull runs');
  },
};
