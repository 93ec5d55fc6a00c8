// A pod tolerating node.kubernetes.io/unreachable:NoExecute for ever (no tolerationSeconds): the
// DefaultTolerationSeconds admission adds only the not-ready toleration (300s), appended after the
// user's. On the 10-minute outage the pod is marked not ready, but no eviction is ever planned, so
// neither "Marking for deletion" nor "Cancelling deletion" (cancelWorkWithEvent emits only when work
// existed). The container went on and the Job completes at 15m+1s.
export default {
  id: 'nodelife2/unreachable-forever-toleration',
  source: 'taint_eviction_test.go TestCreatePod "pod with infinite toleration" + TestUpdateNode "Removing taint from node should not trigger pod eviction"; taint_eviction.go processPodOnNode (minTolerationTime < 0 -> cancelWorkWithEvent), cancelWorkWithEvent; defaulttolerationseconds/admission.go',
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
  template:
    metadata: { annotations: { jobsim/duration: "15m" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'one pod, never replaced');
    h.eq(pods[0].spec.tolerations, [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ], 'tolerations after admission');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no TaintManagerEviction events');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod' }).length, 1, 'pod marked not ready once');
    h.eq(pods[0].metadata.deletionTimestamp, undefined, 'pod never deleted');
    h.eq(pods[0].status.phase, 'Succeeded', 'phase');
    const j = h.job('j');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [1, 0, 901], 'job');
  },
};
