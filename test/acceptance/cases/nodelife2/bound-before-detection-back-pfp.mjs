// The everyday form of the same gap: w-1 stops answering at 30s but is still Ready in the API, so the
// Job created at 40s has its pod bound there; the kubelet never sees it (Pending, PodScheduled only).
// Unknown, taint, eviction after 300s; the pod waits Terminating (podFailurePolicy: counted only once
// Failed). w-1 is back at 10m30s: the kubelet's TerminatePod marks the never-started, deleted pod Failed
// (137 ContainerStatusUnknown) and deletes it; Ignore (DisruptionTarget) applies and the Job creates a
// replacement at 10m40s (its finish time is the Ready=False the kubelet wrote at 10m30s, plus the 10s back-off).
export default {
  id: 'nodelife2/bound-before-detection-back-pfp',
  source: 'kubelet status_manager.go TerminatePod (Pending -> Failed) + syncPod canBeDeleted; kubelet.go HandlePodAdditions (a pod already terminating is not admitted, its worker goes straight to termination); job_controller.go isPodFailed; scheduler: a node is Ready until the node controller says otherwise (node_lifecycle_controller_test.go TestMonitorNodeHealth* grace period rows)',
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
  - { at: 30s, nodeDown: w-1, for: 10m }
  timeline:
  - at: 40s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: j }
      spec:
        podFailurePolicy:
          rules:
          - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
        template:
          metadata: { annotations: { jobsim/duration: "1m" } }
          spec:
            nodeSelector: { kubernetes.io/hostname: w-1 }
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const a = pods[0];
    h.eq([a.spec.nodeName, h.sec(a.metadata.creationTimestamp)], ['w-1', 40], 'bound to the silent node');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod' }).length, 0, 'no Ready condition, so no pod NodeNotReady event');
    h.hasCond(a, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(a.status.phase, 'Failed', 'Failed by the kubelet back at 10m30s');
    h.eq(pods.length, 2, 'replacement created');
    h.eq(h.sec(pods[1].metadata.creationTimestamp), 640, 'replacement at 10m40s');
    h.hasCond(h.job('j'), 'Complete');
  },
};
