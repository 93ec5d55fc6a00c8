// w-1 stops answering at 0s, the instant its pod is bound: the kubelet never saw the pod (no
// container status, only PodScheduled). Ready=Unknown at 50s, the NoExecute taint at 55s, the
// eviction at 355s (DisruptionTarget, deletionTimestamp 385s). With a podFailurePolicy the Job waits
// for the pod to be Failed. The node is back at 10m: the kubelet sees a deleted pod it never started,
// and its TerminatePod marks it Failed ("Marking terminal pod as failed", the container terminated 137
// ContainerStatusUnknown) before deleting it. The Job then applies Ignore (DisruptionTarget) and
// creates a replacement 10s later, at 10m10s: the pod's finish time is its Ready=False condition's
// lastTransitionTime (getFinishedTime: no container has a finishedAt), which the kubelet's first status
// writes at its return, and one failure means a 10s back-off.
export default {
  id: 'nodelife2/unseen-pod-deleted-failed-on-return-pfp',
  source: 'job_controller.go getFinishedTime (Ready=False lastTransitionTime when no container finished); kubelet status/status_manager.go TerminatePod ("Make sure all pods are transitioned to a terminal phase": Pending -> Failed, containers 137 ContainerStatusUnknown) and syncPod/canBeDeleted (deleted only once terminal: "Delaying pod deletion as the phase is non-terminal"); job_controller.go isPodFailed (podFailurePolicy: phase Failed only); node_lifecycle_controller_test.go TestMonitorNodeHealth* (Unknown after the grace period); taint_eviction_test.go TestCreatePod "tolerated pod with delay"',
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
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const a = pods[0];
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => h.sec(e.firstTimestamp)), [50], 'Unknown at 50s');
    h.eq(h.sec(h.hasCond(a, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), 355, 'evicted at 355s');
    h.eq(a.status.phase, 'Failed', 'the kubelet back marks the never-started deleted pod Failed');
    const t = a.status.containerStatuses?.[0]?.state?.terminated;
    h.eq([t?.exitCode, t?.reason], [137, 'ContainerStatusUnknown'], 'container status set by TerminatePod');
    h.eq(pods.length, 2, 'a replacement is created once the pod is Failed');
    h.eq(h.sec(pods[1].metadata.creationTimestamp), 610, 'replacement 10s after the Ready=False the kubelet wrote at 10m');
    const j = h.job('j');
    h.eq([j.status.failed ?? 0, j.status.terminating ?? 0], [0, 0], 'Ignore: not counted, nothing left terminating');
  },
};
