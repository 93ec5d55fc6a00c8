// TestSuspendJob + TestJobPodFailurePolicy (FailJob): suspending a running 3/3 Job (10s) deletes its pods after removing
// their tracking finalizers; one of them ignores SIGTERM, ends on its own at 20s with exit code 5 and stays (user
// finalizer). The pod failure policy is evaluated on every Failed pod of the Job, so the suspended Job gets FailureTarget
// at 21s; failed stays 0 (none of the pods is counted) and Failed waits until the two other pods, still terminating,
// are gone (40s -> 41s). The Suspended condition stays True.
export default {
  id: 'integjob2/suspended-released-pod-failjob',
  source: 'test/integration/job/job_test.go TestSuspendJob (create=false, update=true), TestJobPodFailurePolicy; job_controller.go syncJob (getFailJobMessage is not guarded by suspension), manageJob (suspend: deleteJobPods removes finalizers), enactJobFinished (terminating > 0 delays Failed), recordJobFinished',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: susfj}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: el, spec: {suspend: true}}}
  behaviors:
    - selector: {matchLabels: {app: el}}
      duration: 60s
      onSigterm: ignore
      perIndex:
        "2": {duration: 20s, exitCodes: [5]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: el}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  podFailurePolicy:
    rules:
      - action: FailJob
        onExitCodes: {operator: In, values: [5]}
  template:
    metadata: {labels: {app: el}, finalizers: [example.com/keep]}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('el');
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const msg = `Container main-container for pod default/${pods.find((p) => ix(p) === '2').metadata.name} failed with exit code 5 matching FailJob rule at index 0`;
    const job = h.job('el');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'True', 'JobSuspended', 'Job suspended', 10],
      ['FailureTarget', 'True', 'PodFailurePolicy', msg, 21],
      ['Failed', 'True', 'PodFailurePolicy', msg, 41],
    ], 'conditions');
    h.eq([job.status.failed ?? 0, job.status.active ?? 0, job.status.terminating], [0, 0, 0], '[failed, active, terminating]');
    h.eq(h.events({ kind: 'Job', name: 'el' }).filter((e) => e.reason !== 'SuccessfulCreate' && e.reason !== 'SuccessfulDelete').map((e) => [e.type, e.reason, h.sec(e.firstTimestamp)]),
      [['Normal', 'Suspended', 10], ['Warning', 'PodFailurePolicy', 41]], 'events');
  },
};
