// gcTerminating only takes pods with a deletionTimestamp: a pod on a down out-of-service node that tolerates the
// unreachable NoExecute taint forever is never evicted, so the pod GC leaves it Running (Ready=False) to the end.
export default {
  id: 'podgc/oos-not-terminating-untouched',
  source: 'podgc gc_controller.go gcTerminating (isPodTerminating: DeletionTimestamp != nil); tainteviction: tolerations without tolerationSeconds tolerate forever',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: oos4}
spec:
  duration: 10m
  cluster:
    nodePools:
    - name: w
      count: 1
      taints: [{key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule}]
  faults:
  - {at: 10s, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      tolerations:
      - {key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule}
      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'one pod');
    h.eq([p.status.phase, p.metadata.deletionTimestamp], ['Running', undefined], 'left alone');
    h.eq(h.anyCond(p, 'Ready')?.status, 'False', 'marked not ready by the node lifecycle controller');
    h.eq([h.job('j').status.active, h.job('j').status.failed ?? 0], [1, 0], '[active, failed]');
  },
};
