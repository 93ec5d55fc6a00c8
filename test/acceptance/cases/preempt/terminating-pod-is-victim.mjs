// A pod already terminating (its Job deleted, SIGTERM ignored for 30s) still counts on its node and
// is a potential victim like any lower-priority pod: SelectVictimsOnNode removes every pod of lower
// priority, reprieves the most important (l1, started first) and keeps the terminating l2 as the
// victim, for which prepareCandidate sends no API call (no Preempted event, no DisruptionTarget).
// l1 is left alone; hi is nominated to w-1 and binds when l2 is gone at +90s.
export default {
  id: 'preempt/terminating-pod-is-victim',
  source: 'default_preemption.go SelectVictimsOnNode (potentialVictims = every pod with PodPriority < preemptor, no deletionTimestamp filter; reprieve by util.MoreImportantPod); preemption.go prepareCandidate ("Victim Pod is already being deleted, skipping the API call for it")',
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
  - { at: 1s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: l2 }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 60s, delete: { kind: Job, name: l2 } }
  - { at: 65s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: l1 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const l1 = h.podsOf('l1')[0];
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no Preempted event (the only victim is already terminating)');
    h.noCond(l1, 'DisruptionTarget');
    h.eq(l1.metadata.deletionTimestamp, undefined, 'l1 not deleted');
    h.eq(h.podsOf('l1').length, 1, 'l1 keeps its only pod');
    h.eq(hi.status.nominatedNodeName, 'w-1', 'hi nominated to w-1');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[65, '0/1 nodes are available: 1 Insufficient cpu.']], 'hi FailedScheduling (preemption succeeded: no preemption sentence)');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [90], 'hi bound when l2 is gone (60s + 30s grace)');
  },
};
