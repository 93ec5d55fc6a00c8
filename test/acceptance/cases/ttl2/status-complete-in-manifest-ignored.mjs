// A Complete condition given in the manifest (job a, dated a day before) is wiped on create, and one sent by a timeline
// patch at 5s (job b) is dropped (status is not writable through the main resource: no write, generation unchanged). Both
// Jobs run their 30s pod, complete at 31s and are deleted at 31 + 5 = 36s, not at once.
export default {
  id: 'ttl2/status-complete-in-manifest-ignored',
  source: 'pkg/registry/batch/job/strategy.go PrepareForCreate (job.Status = JobStatus{}), PrepareForUpdate (newJob.Status = oldJob.Status); ttlafterfinished jobFinishTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  timeline:
  - {at: 5s, patch: {kind: Job, name: b, status: {conditions: [{type: Complete, status: "True", lastTransitionTime: "2026-01-01T00:00:01Z"}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  ttlSecondsAfterFinished: 5
  template:
    metadata: {annotations: {jobsim/duration: 30s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
status:
  conditions: [{type: Complete, status: "True", lastTransitionTime: "2025-12-31T00:00:00Z"}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  ttlSecondsAfterFinished: 5
  template:
    metadata: {annotations: {jobsim/duration: 30s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const n of ['a', 'b']) {
      const j = h.job(n);
      h.eq(j.status.conditions.filter((c) => c.type === 'Complete').map((c) => h.sec(c.lastTransitionTime)), [31], `${n}: one Complete, from the Job controller`);
      h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [36, 2], `${n}: deleted at 36s`);
    }
  },
};
