// A pod rejected for cpu sits in the unschedulable pool; deleting the Job that holds the cpu at +2m
// (its pod removed at once: the container exits on SIGTERM) moves it back and it is bound at +2m,
// long before the 5-minute flush.
export default {
  id: 'sched3/queue-moved-on-delete',
  source: 'backend/queue/scheduling_queue_test.go TestPriorityQueue_MoveAllToActiveOrBackoffQueue; eventhandlers.go deleteAssignedPodFromCache (EventAssignedPodDelete); noderesources fit.go isSchedulableAfterPodEvent (deleted scheduled pod: Queue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 2m, delete: { kind: Job, name: hog } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: w }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('w')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0], 'refused at +0s');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [120], 'bound at +2m');
    h.eq(r.metrics.pods.schedulingWaitSeconds.max, 120, 'wait 120s');
  },
};
