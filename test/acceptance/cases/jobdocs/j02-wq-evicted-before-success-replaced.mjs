// Fine parallel processing page (job-wq-2, parallelism 2, completions unset): before any pod has succeeded, a worker
// that is evicted is replaced like in any Job. With the default podReplacementPolicy (TerminatingOrFailed) the evicted
// pod counts as failed as soon as it is terminating (sync at 6s), and the replacement waits for the 10s pod-failure
// back-off measured from its deletion time (5s): created at 15s, although the evicted worker ignores SIGTERM and is
// only killed (137) at the end of its 20s grace period, 25s. Once the first worker succeeds (100s) nothing new starts;
// the Job completes when the replacement ends (115s -> 116s): succeeded 2, failed 1.
export default {
  id: 'jobdocs/j02-wq-evicted-before-success-replaced',
  source: 'kubernetes.io/docs/tasks/job/fine-parallel-processing-work-queue/; job_controller.go isPodFailed (DeletionTimestamp != nil && phase != Succeeded), manageJob (wantActive = parallelism while succeeded == 0); backoff_utils.go getFinishedTime (deletionTimestamp - grace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: wq-evicted }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: job-wq-2 } }
    duration: 100s
    onSigterm: ignore
  faults:
  - { at: 5s, evictPod: default/job-wq-2-vqbl8 }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job-wq-2
spec:
  parallelism: 2
  template:
    metadata:
      name: job-wq-2
    spec:
      terminationGracePeriodSeconds: 20
      containers:
      - name: c
        image: gcr.io/myproject/job-wq-2
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('job-wq-2');
    h.eq(pods.map((p) => [p.metadata.name, h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [
      ['job-wq-2-bn7wn', 0, 'Succeeded', 0], ['job-wq-2-vqbl8', 0, 'Failed', 137], ['job-wq-2-xc2bj', 15, 'Succeeded', 0]], 'pods');
    const ev = pods[1];
    h.eq(ev.status.conditions.find((c) => c.type === 'DisruptionTarget')?.reason, 'EvictionByEvictionAPI', 'evicted');
    h.eq(h.sec(ev.status.containerStatuses[0].state.terminated.finishedAt), 25, 'killed at the end of the grace period');
    const job = h.job('job-wq-2');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [2, 1, 116], 'status');
    h.hasCond(job, 'Complete', 'CompletionsReached');
  },
};
