// The kubelet posts Ready again before the monitor pass after the Unknown transition: the pass that
// would queue the NoExecute taint observes Ready=True, so no NoExecute taint is ever added and the
// taint manager has nothing to plan or cancel (no TaintManagerEviction event).
export default {
  id: 'nodelife/short-outage-no-noexecute',
  source: 'node_lifecycle_controller.go monitorNodeHealth/processTaintBaseEviction (observed Ready=True -> markNodeAsReachable); taint_eviction.go cancelWorkWithEvent (event only when work existed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 52s }
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
    const nn = h.events({ reason: 'NodeNotReady', kind: 'Node', name: 'w-1' });
    const nr = h.events({ reason: 'NodeReady', kind: 'Node', name: 'w-1' });
    h.eq([nn.length, nr.length], [1, 1], 'one outage seen');
    const u = h.sec(nn[0].firstTimestamp), back = h.sec(nr[0].firstTimestamp);
    h.assert(back >= u && back < u + 5, `precondition: back at +${back}s within the pass after Unknown at +${u}s`);
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => e.message), [], 'no TaintManagerEviction event');
  },
};
