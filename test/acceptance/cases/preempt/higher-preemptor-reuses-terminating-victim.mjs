// hi (1000) preempted v (2 cpu, SIGTERM ignored, 30s) and is nominated to w-1. top (2000, 1 cpu)
// arrives at +65s: hi's nomination does not count for it (lower priority), but the terminating v
// does. SelectVictimsOnNode removes keep (started first) and v, reprieves keep (top fits beside it)
// and keeps the terminating v as its victim: no API call, no new victim. top is nominated to w-1;
// hi keeps its nomination (prepareCandidateAsync, the default, clears lower-priority nominations
// only when some victim needs an API call). keep is never preempted by top.
export default {
  id: 'preempt/higher-preemptor-reuses-terminating-victim',
  source: 'default_preemption.go SelectVictimsOnNode (every lower-priority pod, terminating ones included); preemption.go prepareCandidate/prepareCandidateAsync (DeletionTimestamp != nil: no API call)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "3", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 1s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: v }, spec: { backoffLimit: 0, template: { metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 65s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: top }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: top, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
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
    h.eq(h.events({ reason: 'Preempted' }).filter((e) => h.sec(e.firstTimestamp) < 90).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[60, v.metadata.name]], 'before +90s only v was preempted (by hi)');
    h.eq(h.events({ reason: 'FailedScheduling', name: top.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[65, '0/1 nodes are available: 1 Insufficient cpu.']], 'top: preemption succeeded (no preemption sentence)');
    h.eq(top.status.nominatedNodeName, 'w-1', 'top nominated');
    h.eq(h.events({ reason: 'Scheduled', name: top.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [90], 'top bound when v is gone');
    h.assert(keep.metadata.deletionTimestamp === undefined || h.sec(keep.metadata.deletionTimestamp) >= 90, 'keep not deleted before +90s');
  },
};
