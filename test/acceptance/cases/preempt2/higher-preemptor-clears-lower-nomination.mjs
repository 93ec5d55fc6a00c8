// hi (1000) preempted v (SIGTERM ignored, 30s) and is nominated to w-1. top (2000, the whole node)
// arrives at +65s and must evict keep too: a victim needing an API call, so the lower-priority hi
// loses its nomination. Retried when keep is gone (+65s), hi finds top's nominated room taken and
// nothing it may preempt; top binds at +90s; hi, retried then, finds no victim (top is higher) and stays
// Pending, no longer nominated.
export default {
  id: 'preempt2/higher-preemptor-clears-lower-nomination',
  source: 'preemption.go prepareCandidateAsync (getLowerPriorityNominatedPods + clearNominatedNodeName when some victim needs deleting); default_preemption.go SelectVictimsOnNode (RunFilterPluginsWithNominatedPods: top, nominated with a higher priority, keeps its room)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 1s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: v }, spec: { backoffLimit: 0, template: { metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 65s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: top }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: top, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "4" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 2000
---
apiVersion: batch/v1
kind: Job
metadata: { name: keep }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const keep = h.podsOf('keep')[0];
    const v = h.podsOf('v')[0];
    const hi = h.podsOf('hi')[0];
    const top = h.podsOf('top')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [
      [60, v.metadata.name, `Preempted by pod ${hi.metadata.uid} on node w-1`],
      [65, keep.metadata.name, `Preempted by pod ${top.metadata.uid} on node w-1`],
    ], 'Preempted events');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [60, '0/1 nodes are available: 1 Insufficient cpu.'],
      [65, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Insufficient cpu.'],
      [90, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'],
    ], 'hi FailedScheduling');
    h.eq([hi.spec.nodeName, hi.status.nominatedNodeName], [undefined, undefined], 'hi pending, nomination cleared');
    h.eq(h.events({ reason: 'Scheduled', name: top.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, `Successfully assigned default/${top.metadata.name} to w-1`]], 'top bound at +90s');
  },
};
