// MarkPodsNotReady only changes a Ready condition that is not already False: a Succeeded pod on the
// node keeps Ready=False/PodCompleted and gets no NodeNotReady event; the running one is marked.
export default {
  id: 'nodelife/succeeded-pod-not-marked-not-ready',
  source: 'pkg/controller/util/node/controller_utils.go MarkPodsNotReady (UpdatePodCondition returns false when unchanged -> no update, no event)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: done }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: run }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const d = h.podsOf('done')[0], g = h.podsOf('run')[0];
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node', name: 'w-1' })[0].firstTimestamp);
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod' }).map((e) => e.involvedObject.name), [g.metadata.name], 'event only for the running pod');
    const rd = h.anyCond(d, 'Ready');
    h.eq([rd.status, rd.reason, h.sec(rd.lastTransitionTime)], ['False', 'PodCompleted', 20], 'Succeeded pod Ready untouched');
    const rg = h.anyCond(g, 'Ready');
    h.eq([rg.status, h.sec(rg.lastTransitionTime)], ['False', u], 'running pod Ready=False at the transition');
  },
};
