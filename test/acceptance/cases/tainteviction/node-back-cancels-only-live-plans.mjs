// Node back after 3 minutes: at the monitor pass after the return its taints go and only the pod with a live
// planned eviction (default 300s) gets "Cancelling deletion"; the pod tolerating forever had nothing planned, and
// the pod tolerating 0s was already evicted at the taint (its fired work is not live: no cancel event).
export default {
  id: 'tainteviction/node-back-cancels-only-live-plans',
  source: 'taint_eviction.go handleNodeUpdate (no taints -> cancelWorkWithEvent per pod), cancelWorkWithEvent (event only when CancelWork returns true); timed_workers.go CancelWork',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 3m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: forever }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10m" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: dflt }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10m" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: zero }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10m" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 0 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const name = (j) => h.podsOf(j)[0].metadata.name;
    const ev = h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(ev, [[115, `Marking for deletion Pod default/${name('zero')}`], [245, `Cancelling deletion of Pod default/${name('dflt')}`]], 'events (seed 1: taint 115s, back 240s, pass 245s)');
    h.eq(h.get('Node', 'w-1').spec.taints, undefined, 'taints gone');
    for (const j of ['forever', 'dflt']) h.hasCond(h.job(j), 'Complete');
    h.eq(h.podsOf('zero')[0].status.phase, 'Failed', 'the evicted pod is killed at the return');
  },
};
