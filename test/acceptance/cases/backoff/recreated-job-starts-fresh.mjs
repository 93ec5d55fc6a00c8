// The back-off record is keyed by namespace/name and removed when the Job is deleted: Job "re" fails at 10s and
// 30s (retries at 20s and 50s), is deleted at 55s (its running pod killed) and created again under the same name at
// 56s. The new Job's first failure (66s) waits 10s (retry at 76s), not the 80s that a record carried over from the
// old Job would ask for.
export default {
  id: 'backoff/recreated-job-starts-fresh',
  source: 'job_controller.go deleteJob (podBackoffStore.removeBackoffRecord(key)), syncJob (Job not found: removeBackoffRecord); backoff_utils.go backoffStore keyed by the Job key',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: re}
spec:
  timeline:
    - {at: 55s, delete: {kind: Job, name: re}}
    - at: 56s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: re}
        spec:
          template:
            metadata: {annotations: {jobsim/exit-codes: "1,0"}}
            spec:
              containers: [{name: c, image: busybox:1.36}]
              restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: re}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job').filter((j) => j.metadata.name === 're').sort((a, b) => h.sec(a.metadata.creationTimestamp) - h.sec(b.metadata.creationTimestamp));
    h.eq(jobs.map((j) => h.sec(j.metadata.creationTimestamp)), [0, 56], 'two Jobs named re');
    const podsOf = (job) => h.of('Pod').filter((p) => (p.metadata.ownerReferences ?? []).some((o) => o.uid === job.metadata.uid))
      .map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]).sort((a, b) => a[0] - b[0]);
    h.eq(podsOf(jobs[0]), [[0, 'Failed'], [20, 'Failed'], [50, 'Failed']], 'old Job pods [created, phase]');
    h.eq(podsOf(jobs[1]), [[56, 'Failed'], [76, 'Succeeded']], 'new Job pods [created, phase]');
    const s = jobs[1].status;
    h.eq([s.failed, s.succeeded, h.sec(s.completionTime)], [1, 1, 87], 'new Job [failed, succeeded, completionTime]');
  },
};
