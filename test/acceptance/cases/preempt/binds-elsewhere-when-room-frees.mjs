// A nominated preemptor is not bound to its nominated node: retried when a 2-cpu pod on w-2
// finishes (+70s) while its victim on w-1 still terminates, it fits on w-2 and binds there. The
// victim's deletion is not undone: it is killed at the end of its grace period (+90s).
export default {
  id: 'preempt/binds-elsewhere-when-room-frees',
  source: 'schedule_one.go findNodesThatFitPod (evaluateNominatedNode first, then every node when the nominated one does not fit); preemption.go prepareCandidate (the victim was deleted already)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: short }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 70s } }
    spec:
      priorityClassName: high
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const v = h.podsOf('low')[0];
    h.eq(hi.spec.nodeName, 'w-2', 'bound to w-2');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[70, `Successfully assigned default/${hi.metadata.name} to w-2`]], 'Scheduled at +70s');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, '0/2 nodes are available: 2 Insufficient cpu.']], 'one FailedScheduling');
    h.eq([v.status.phase, h.exitCodeOf(v), h.sec(v.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 137, 90], 'victim killed at the end of its grace');
  },
};
