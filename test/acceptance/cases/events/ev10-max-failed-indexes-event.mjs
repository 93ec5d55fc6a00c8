// maxFailedIndexes 0: the first failed index ends the Job; the running pods are deleted (SuccessfulDelete)
// and Warning MaxFailedIndexesExceeded "Job has exceeded the specified maximal number of failed indexes"
// follows once they are gone.
export default {
  id: 'events/ev10-max-failed-indexes-event',
  source: 'job_controller.go syncJob (MaxFailedIndexesExceeded), deleteActivePods, recordJobFinished; reference job-controller.md §6, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mf}
spec:
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "0"}}
    duration: 10s
    exitCodes: [1]
  - selector: {matchLabels: {app: mf}}
    duration: 10m
---
apiVersion: batch/v1
kind: Job
metadata: {name: mf}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  template:
    metadata: {labels: {app: mf}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const jobEv = h.events({ kind: 'Job', name: 'mf' }).filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]);
    h.eq(jobEv, [[11, 'Normal', 'SuccessfulDelete'], [11, 'Normal', 'SuccessfulDelete'], [12, 'Warning', 'MaxFailedIndexesExceeded']], 'Job events');
    h.eq(h.events({ reason: 'MaxFailedIndexesExceeded' })[0].message, 'Job has exceeded the specified maximal number of failed indexes', 'message');
  },
};
