// Three 1-cpu pods on three 1-cpu nodes; only w-2 goes silent. Exactly one pod gets Ready=False (and
// the pod NodeNotReady event), the Job's ready count drops to 2, and only
// that pod is evicted; its replacement cannot fit (w-1, w-3 full; w-2 tainted) until the end of the run.
export default {
  id: 'nodelife2/spread-job-one-node-down',
  source: 'node_lifecycle_controller.go MarkPodsNotReady (pods of that node only); taint_eviction.go handleNodeUpdate (pods of the tainted node); job_controller.go status.ready (countReadyPods), syncJob batching',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const pods = h.podsOf('j');
    const onW2 = pods.filter((p) => p.spec.nodeName === 'w-2');
    h.eq(onW2.length, 1, 'one pod on w-2');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [[onW2[0].metadata.name, u]], 'one pod marked');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [[onW2[0].metadata.name, u + 305]], 'one eviction');
    const rep = pods[3];
    h.eq([rep.spec.nodeName, rep.status.phase, h.sec(rep.metadata.creationTimestamp)], [undefined, 'Pending', u + 306], 'replacement pending');
    const j = h.job('j');
    h.eq([j.status.active, j.status.ready, j.status.failed, j.status.terminating], [3, 2, 1, 1], 'status');
  },
};
