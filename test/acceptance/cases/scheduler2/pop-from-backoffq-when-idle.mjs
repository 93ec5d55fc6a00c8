// SchedulerPopFromBackoffQ (beta, on by default since 1.33): when the activeQ is empty the scheduler
// pops the head of the podBackoffQ without waiting for its backoff to end. The waiter fails at +0
// (backoff 1s), +1.5s (2s) and +4s (4s, until +8s); the blocker ends at +5s, the cluster event moves
// the waiter to the backoffQ, and with nothing else queued it is popped and bound at +5s, not +8s.
export default {
  id: 'scheduler2/pop-from-backoffq-when-idle',
  source: 'pkg/features/kube_features.go SchedulerPopFromBackoffQ {1.33 Beta default true}; pkg/scheduler/backend/queue/active_queue.go unlockedPop (activeQ empty and backoffQPopper.lenBackoff() != 0 -> popBackoff()); backoff_queue.go popBackoff',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { pool: w } }
    - { name: noise, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, labels: { pool: noise } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: blocker }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "5s" } }
    spec:
      nodeSelector: { pool: w }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: n1 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1500ms" } }
    spec:
      nodeSelector: { pool: noise }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: n2 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "4s" } }
    spec:
      nodeSelector: { pool: noise }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: waiter }
spec:
  template:
    spec:
      nodeSelector: { pool: w }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const b = h.podsOf('blocker')[0];
    h.eq(h.sec(b.status.containerStatuses[0].state.terminated.finishedAt), 5, 'blocker ends at +5s');
    const w = h.podsOf('waiter')[0];
    const s = h.events({ reason: 'Scheduled', name: w.metadata.name });
    h.eq(s.map((e) => h.sec(e.firstTimestamp)), [5], 'waiter bound at +5s (popped from the backoffQ), not at +8s');
  },
};
