// backoffLimitPerIndex 0, completions 2: index 1 fails once (no retry), index 0 succeeds; the Job ends with
// Warning FailedIndexes "Job has failed indexes", one event, when every index is resolved.
export default {
  id: 'events/ev09-failed-indexes-event',
  source: 'job_controller.go syncJob (FailedIndexes, "Job has failed indexes"), recordJobFinished; reference job-controller.md §2.4 step 6, §6, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fi}
spec:
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "1"}}
    duration: 10s
    exitCodes: [1]
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "0"}}
    duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: {name: fi}
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const w = r.events.filter((e) => e.involvedObject.kind === 'Job' && e.type === 'Warning');
    h.eq(w.map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['FailedIndexes', 'Job has failed indexes', 31]], 'warnings');
    h.eq(h.events({ reason: 'Completed' }).length, 0, 'no Completed');
    h.eq(h.events({ reason: 'SuccessfulCreate' }).length, 2, 'no retry of index 1');
  },
};
