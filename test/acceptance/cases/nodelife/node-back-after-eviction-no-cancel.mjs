// Once an eviction has fired, its work item stays as a nil worker: when the node comes back and the
// taints go, CancelWork finds no live worker, so no "Cancelling deletion" event; the kubelet then
// kills the Terminating pod.
export default {
  id: 'nodelife/node-back-after-eviction-no-cancel',
  source: 'tainteviction/timed_workers.go getWrappedWorkerFunc (q.workers[key] = nil after success), CancelWork (true only for a non-nil worker); taint_eviction.go cancelWorkWithEvent',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
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
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => e.message.split(' ')[0]);
    h.eq(ev, ['Marking'], 'only the eviction event');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [660], 'kubelet kills it at the return');
    h.eq(p.status.phase, 'Failed', 'phase');
  },
};
