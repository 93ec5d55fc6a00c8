// A pod deleted while waiting in CrashLoopBackOff: syncTerminatingPod kills the pod (sandbox stopped)
// and writes the final status from the stopped pod, so PodReadyToStartContainers is False (set at the
// deletion, 45s), Ready/ContainersReady False PodFailed.
export default {
  id: 'kubelet/deleted-crashloop-sandbox-gone',
  source: 'pkg/kubelet/kubelet.go SyncTerminatingPod (killPod, then generateAPIPodStatus(pod, stoppedPodStatus, true)); status/generate.go GeneratePodReadyToStartContainersCondition (PodSandboxChanged -> False)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 3m
  timeline:
  - {at: 45s, delete: {kind: Job, name: cl}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: cl}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('cl')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const c = h.anyCond(p, 'PodReadyToStartContainers');
    h.eq([c.status, h.sec(c.lastTransitionTime)], ['False', 45], 'PodReadyToStartContainers');
    h.eq([h.anyCond(p, 'Ready').reason, h.anyCond(p, 'ContainersReady').reason], ['PodFailed', 'PodFailed'], 'ready reasons');
  },
};
