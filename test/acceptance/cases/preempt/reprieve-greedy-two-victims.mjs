// The reprieve is greedy, most important first, not a search for the fewest victims: of a (2 cpu,
// started first), b and c (1 cpu each, later), a is reprieved first and the 2-cpu preemptor then
// needs both b and c gone, though evicting a alone would have been enough.
export default {
  id: 'preempt/reprieve-greedy-two-victims',
  source: 'default_preemption.go SelectVictimsOnNode (sort.Slice(potentialVictims, MoreImportantPod); reprievePod in that order); util.MoreImportantPod (equal priority: earlier start is more important)',
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
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: b }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: c }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const b = h.podsOf('b')[0], c = h.podsOf('c')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name).sort(), [b.metadata.name, c.metadata.name].sort(), 'b and c preempted');
    h.noCond(h.podsOf('a')[0], 'DisruptionTarget');
    h.eq(h.podsOf('a')[0].metadata.deletionTimestamp, undefined, 'a untouched');
    h.eq(hi.spec.nodeName, 'w-1', 'bound');
  },
};
