// The evicted pod's deletionTimestamp (eviction + 30s) is long past when w-1 is back at 11m, but the
// kubelet still gives the container the pod's whole deletion grace period: a container that ignores
// SIGTERM is SIGKILLed 30s after the return (exit 137 at 11m30s). With podReplacementPolicy: Failed
// the replacement waits for that, then the 10s back-off: created at 11m40s.
export default {
  id: 'nodelife2/back-kill-ignores-sigterm-grace',
  source: 'kubelet pod_workers.go (grace from pod.DeletionGracePeriodSeconds), kuberuntime killContainer; job_controller.go onlyReplaceFailedPods; backoff_utils.go (10s from the finish time)',
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
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podReplacementPolicy: Failed
  template:
    metadata: { annotations: { jobsim/duration: "1h", jobsim/on-sigterm: ignore } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('j');
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    h.eq(h.sec(a.metadata.deletionTimestamp), u + 335, 'deletionTimestamp');
    h.eq(h.events({ reason: 'Killing', name: a.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [660], 'Killing at the return');
    const t = a.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt), a.status.phase], [137, 690, 'Failed'], 'SIGKILL after the 30s grace');
    h.eq(h.sec(b.metadata.creationTimestamp), 700, 'replacement');
  },
};
