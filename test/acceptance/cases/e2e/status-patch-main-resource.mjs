// e2e ConformanceIt "should apply changes to a job status" patches metadata and status through /status. A scenario can
// only patch the main resource (as kubectl patch without --subresource): there the annotation applies and the status
// part is dropped by the Job strategy's PrepareForUpdate, so no CustomConditionType appears.
export default {
  id: 'e2e/status-patch-main-resource',
  source: 'test/e2e/apps/job.go ConformanceIt "should apply changes to a job status" (annotation patchedstatus=true); pkg/registry/batch/job/strategy.go jobStrategy.PrepareForUpdate (newJob.Status = oldJob.Status)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 1m
  timeline:
  - at: 20s
    patch:
      kind: Job
      name: suspend-false-to-true
      metadata: {annotations: {patchedstatus: "true"}}
      status: {conditions: [{type: CustomConditionType, status: "True", lastTransitionTime: "2026-01-01T00:00:20Z"}]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: suspend-false-to-true}
spec:
  parallelism: 2
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: 24h}}
    spec:
      containers: [{name: c, image: registry.k8s.io/pause:3.10}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('suspend-false-to-true');
    h.eq(job.metadata.annotations?.patchedstatus, 'true', 'annotation applied');
    h.eq((job.status.conditions ?? []).map((c) => c.type), [], 'status part dropped');
    h.eq([job.status.active, job.status.ready], [2, 2], 'pods running');
  },
};
