// A Job with ttlSecondsAfterFinished: 0 finishes at 11s and the TTL controller deletes it (no
// finalizer left once its pod is gone), so `kubectl create` of a Job with the same name at 1h
// succeeds: the name is free on the API server. The new Job runs (its own uid, its own pod).
export default {
  id: 'timeline/recreate-after-ttl-deletion',
  source: 'ttlafterfinished_controller.go processTTL (ttl 0: foreground delete right after finishing); registry store.go Create (AlreadyExists only while an object with that name is stored); CONTRACT.md §2 timeline ("as kubectl would")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: recreate}
spec:
  timeline:
  - at: 1h
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: j}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job').filter((j) => j.metadata.name === 'j');
    h.eq(jobs.length, 2, 'two Jobs named j over the run');
    const [old, neu] = jobs.sort((a, b) => h.sec(a.metadata.creationTimestamp) - h.sec(b.metadata.creationTimestamp));
    h.eq(h.sec(old.metadata.deletionTimestamp), 11, 'first deleted by TTL at 11s');
    h.eq(h.sec(neu.metadata.creationTimestamp), 3600, 'second created at 1h');
    h.hasCond(neu, 'Complete');
  },
};
