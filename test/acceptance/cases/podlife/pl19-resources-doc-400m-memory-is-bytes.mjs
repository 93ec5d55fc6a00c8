// Resource Management for Pods and Containers, "Meaning of memory": "If you request 400m of memory, this is a request
// for 0.4 bytes. Someone who types that probably meant to ask for 400 mebibytes (400Mi)". The request is kept as
// written ("400m"), and the scheduler counts memory in whole bytes (Quantity.Value() rounds 0.4 up to 1): on a node
// with 2 bytes of memory two such pods fit and the third is refused (Insufficient memory) until they finish at 30s.
// A memory request alone makes the pods Burstable.
export default {
  id: 'podlife/pl19-resources-doc-400m-memory-is-bytes',
  source: 'website content/en/docs/concepts/configuration/manage-resources-containers.md "Meaning of memory" (400m is 0.4 bytes); pkg/scheduler/framework/types.go Resource.Add (Memory += rQuant.Value()); apimachinery resource.Quantity Value (rounds up); noderesources/fit.go (Insufficient memory)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: typo}
spec:
  duration: 1m
  cluster:
    nodePools:
    - {name: tiny, count: 1, capacity: {cpu: "4", memory: "2", pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: typo}
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: 30s}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {memory: 400m}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('typo');
    h.eq(pods.map((p) => [p.spec.containers[0].resources, p.status.qosClass]), Array(3).fill([{ requests: { memory: '400m' } }, 'Burstable']), 'requests as written');
    h.eq(h.events({ reason: 'Scheduled' }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 30], 'two fit at once');
    h.eq(h.events({ reason: 'FailedScheduling' }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient memory. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'], 'third refused');
    h.eq(r.metrics.pools.tiny.memoryRequestedPeakBytes, 2, 'two bytes requested at the peak');
  },
};
