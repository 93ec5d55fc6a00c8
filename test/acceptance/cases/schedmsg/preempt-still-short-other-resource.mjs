// The two sentences may name different resources: the filters find the node short of cpu and memory; the
// dry run without the low-priority pod (which held the cpu) is still short of memory only, so the preemption
// sentence says "1 Insufficient memory". No victim is deleted.
export default {
  id: 'schedmsg/preempt-still-short-other-resource',
  source: 'default_preemption.go SelectVictimsOnNode (removes every lower-priority pod, then RunFilterPluginsWithNominatedPods: its status is the node\'s verdict); preemption.go DryRunPreemption/Preempt (FitError of those statuses); noderesources/fit.go fitsRequest',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2", memory: 1Gi } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: peer }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: high
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1", memory: 3584Mi } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 2500m, memory: 256Mi } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    const p = h.podsOf('hi')[0];
    const msg = '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. preemption: 0/1 nodes are available: 1 Insufficient memory.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[30, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
    h.eq(p.status.nominatedNodeName, undefined, 'not nominated');
  },
};
