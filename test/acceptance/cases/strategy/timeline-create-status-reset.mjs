// A Job created by a timeline `create` goes through the same PrepareForCreate as a document: its
// status (a Complete condition, succeeded 1, an old startTime) and metadata.generation 9 are dropped;
// the Job runs from its creation at +1m (startTime 00:01:00, complete at 00:01:11), generation 1.
export default {
  id: 'strategy/timeline-create-status-reset',
  source: 'pkg/registry/batch/job/strategy.go PrepareForCreate ("job.Status = batch.JobStatus{}", "job.Generation = 1")',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late, generation: 9}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
      status:
        succeeded: 1
        startTime: "2025-06-01T00:00:00Z"
        completionTime: "2025-06-01T00:00:10Z"
        conditions: [{type: Complete, status: "True"}]
`,
  check(r, h) {
    const j = h.job('late');
    h.eq(j.metadata.generation, 1, 'generation');
    h.eq(j.metadata.creationTimestamp, '2026-01-01T00:01:00Z', 'creationTimestamp');
    h.eq(j.status.startTime, '2026-01-01T00:01:00Z', 'startTime is the controller\'s');
    h.eq(j.status.completionTime, '2026-01-01T00:01:11Z', 'completionTime is the controller\'s');
    h.eq(h.podsOf('late').length, 1, 'one pod ran');
    h.eq(h.events({ reason: 'Completed', name: 'late' }).map((e) => e.firstTimestamp), ['2026-01-01T00:01:11Z'], 'Completed once');
  },
};
