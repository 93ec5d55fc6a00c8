// gcTerminating needs the node to be not Ready: on a healthy node carrying the out-of-service taint, a pod deleted
// (Job deleted at 30s, grace 30) is stopped by its kubelet (Killing, exit 143 on SIGTERM), not marked Failed by the
// pod GC: its container status shows the kubelet's termination.
export default {
  id: 'podgc/oos-ready-node-not-forced',
  source: 'podgc gc_controller.go gcTerminating (!nodeutil.IsNodeReady(node) required); kubelet killContainer',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q13}
spec:
  duration: 3m
  cluster:
    nodePools:
    - name: w
      count: 1
      taints: [{key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule}]
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      tolerations: [{key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.of('Pod')[0];
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, 'Stopping container c']], 'killed by its kubelet');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.status.phase, t?.exitCode, h.sec(t?.finishedAt)], ['Failed', 143, 30], 'terminated by the kubelet');
    h.noCond(p, 'DisruptionTarget');
  },
};
