// Same world without a podFailurePolicy: the eviction at 355s counts the pod failed at once and the
// replacement (back-off from deletionTimestamp - grace = 355s, +10s) is created at 365s. When w-1 is
// back at 10m the kubelet meets the deleted pod it never started: TerminatePod marks it Failed (its
// container terminated 137 ContainerStatusUnknown) and then deletes it. The pod's last state is
// Failed; jobsim removes it while still Pending, with no container status.
export default {
  id: 'nodelife2/unseen-pod-deleted-failed-on-return',
  source: 'kubelet status/status_manager.go TerminatePod (Pending -> Failed, 137 ContainerStatusUnknown), syncPod canBeDeleted (terminal phase first); job_controller.go getFinishTimeFromDeletionTimestamp (backoff)',
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
  - { at: 0s, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('j');
    h.eq(h.sec(b.metadata.creationTimestamp), 365, 'replacement after the 10s back-off from 355s');
    h.eq(h.job('j').status.failed, 1, 'failed counted at the eviction');
    h.eq(a.status.phase, 'Failed', 'last state of the evicted, never-started pod');
    const t = a.status.containerStatuses?.[0]?.state?.terminated;
    h.eq([t?.exitCode, t?.reason, t?.message], [137, 'ContainerStatusUnknown', 'The container could not be located when the pod was terminated'], 'container status');
  },
};
