// Job concept page, "Backoff limit per index" (job-backoff-limit-per-index-example.yaml: completions 10, parallelism 3,
// backoffLimitPerIndex 1, maxFailedIndexes 5, even indexes exit 1): the page's `kubectl get -o yaml` shows
// completedIndexes "1,3,5,7,9", failedIndexes "0,2,4,6,8", succeeded 5 ("1 succeeded pod for each of 5 succeeded
// indexes"), failed 10 ("2 failed pods (1 retry) for each of 5 failed indexes"), FailureTarget and Failed with reason
// FailedIndexes, message "Job has failed indexes". Each index keeps its retry count in the failure-count annotation.
export default {
  id: 'docsexamples/d15-blpi-example',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#backoff-limit-per-index (job-backoff-limit-per-index-example.yaml); job_controller.go / indexed_job_utils.go; reference job §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: blpi
spec:
  behaviors:
  - selector: { matchLabels: { batch.kubernetes.io/job-name: job-backoff-limit-per-index-example } }
    duration: 10s
    perIndex:
      "0": { exitCodes: [1] }
      "2": { exitCodes: [1] }
      "4": { exitCodes: [1] }
      "6": { exitCodes: [1] }
      "8": { exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job-backoff-limit-per-index-example
spec:
  completions: 10
  parallelism: 3
  completionMode: Indexed  # required for the feature
  backoffLimitPerIndex: 1  # maximal number of failures per index
  maxFailedIndexes: 5      # maximal number of failed indexes before terminating the Job execution
  template:
    spec:
      restartPolicy: Never # required for the feature
      containers:
      - name: example
        image: python
        command:
        - python3
        - -c
        - |
          import os, sys
          print("Hello world")
          if int(os.environ.get("JOB_COMPLETION_INDEX")) % 2 == 0:
            sys.exit(1)
`,
  check(r, h) {
    const job = h.job('job-backoff-limit-per-index-example');
    h.eq([job.status.completedIndexes, job.status.failedIndexes, job.status.succeeded, job.status.failed], ['1,3,5,7,9', '0,2,4,6,8', 5, 10], 'status');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message]), [
      ['FailureTarget', 'True', 'FailedIndexes', 'Job has failed indexes'], ['Failed', 'True', 'FailedIndexes', 'Job has failed indexes']], 'conditions');
    h.eq(job.spec.backoffLimit, 2147483647, 'backoffLimit defaulted to MaxInt32 with backoffLimitPerIndex');
    const pods = h.podsOf('job-backoff-limit-per-index-example');
    const per = {};
    for (const p of pods) {
      const i = p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
      h.assert(p.metadata.name.startsWith(`job-backoff-limit-per-index-example-${i}-`), `name ${p.metadata.name}`);
      (per[i] ??= []).push(p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']);
    }
    h.eq(per, { 0: ['0', '1'], 1: ['0'], 2: ['0', '1'], 3: ['0'], 4: ['0', '1'], 5: ['0'], 6: ['0', '1'], 7: ['0'], 8: ['0', '1'], 9: ['0'] }, 'failure-count annotations per index');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message]), [['FailedIndexes', 'Job has failed indexes']], 'warning');
  },
};
