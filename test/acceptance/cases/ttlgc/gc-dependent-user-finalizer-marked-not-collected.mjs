// Control for gc-dependent-*-finalizer-honoured: a Job owned (non-controller reference) by CronJob cj carries only a
// user finalizer (example.com/x). Deleting cj at 60s makes the GC delete the Job with background propagation: the API
// server only marks it (deletionTimestamp 60s, grace 0, generation 2). Its pod is no garbage (its owner still exists),
// keeps running and succeeds at 5m; the Job controller strips its job-tracking finalizer without counting it.
export default {
  id: 'ttlgc/gc-dependent-user-finalizer-marked-not-collected',
  source: 'garbagecollector.go attemptToDeleteItem (dangling owner, default branch: Background), registry store.go markAsDeleting; job_controller.go canRemoveFinalizer',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 10m
  timeline:
  - {at: 60s, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: u
  finalizers: [example.com/x]
  ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const j = h.job('u');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.deletionGracePeriodSeconds, j.metadata.finalizers], [60, 2, 0, ['example.com/x']], 'marked, held');
    const [p] = h.podsOf('u');
    h.eq([p.metadata.deletionTimestamp, p.status.phase, p.metadata.finalizers], [undefined, 'Succeeded', undefined], 'pod not collected');
  },
};
