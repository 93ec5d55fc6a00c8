// The reprieve goes most important first but keeps whatever still fits: on a 4-cpu node holding p5
// (3 cpu, priority 5) and p1 (1 cpu, priority 1), a 2-cpu preemptor cannot keep p5 (1 cpu would be
// left), so p5 is the victim; p1, tried next, fits beside the preemptor and is reprieved, though its
// priority is lower.
export default {
  id: 'preempt2/reprieve-keeps-lower-priority-that-fits',
  source: 'default_preemption.go SelectVictimsOnNode (sort potentialVictims by MoreImportantPod; reprievePod each in turn: added back if RunFilterPluginsWithNominatedPods passes, else a victim)',
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
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: p5 }, spec: { backoffLimit: 0, template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: five, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }] } } } } }
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: one }
value: 1
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: five }
value: 5
---
apiVersion: batch/v1
kind: Job
metadata: { name: p1 }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: one
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const p5 = h.podsOf('p5')[0];
    const p1 = h.podsOf('p1')[0];
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[60, p5.metadata.name]], 'only p5 preempted');
    h.eq([p1.status.phase, p1.metadata.deletionTimestamp], ['Running', undefined], 'p1 reprieved');
    h.eq([hi.spec.nodeName, h.sec(h.events({ reason: 'Scheduled', name: hi.metadata.name })[0].firstTimestamp)], ['w-1', 60], 'hi bound at +60s');
  },
};
