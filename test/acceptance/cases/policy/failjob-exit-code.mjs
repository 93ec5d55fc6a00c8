// FailJob on an exit code: FailureTarget then Failed (same reason PodFailurePolicy and message),
// both in the sync 1s after the failure since no pod is left terminating; the failure counts;
// one Warning event PodFailurePolicy with the message, written with Failed; nothing deleted.
export default {
  id: 'policy/failjob-exit-code',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "FailJob rule matched for exit codes"; job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job based on OnExitCodes" (translated per job-controller.md §2.9); §5, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [1, 2, 3] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "2" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.length, 1, 'pods (no replacement)');
    const msg = `Container main-container for pod default/${pods[0].metadata.name} failed with exit code 2 matching FailJob rule at index 0`;
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'True', 'PodFailurePolicy', msg, 11], ['Failed', 'True', 'PodFailurePolicy', msg, 11]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.succeeded ?? 0, job.status.terminating, job.status.ready], [1, 0, 0, 0, 0], '[failed, active, succeeded, terminating, ready]');
    h.eq(job.status.completionTime, undefined, 'no completionTime on failure');
    const ev = h.events({ kind: 'Job', name: 'x' }).filter((e) => e.type === 'Warning');
    h.eq(ev.map((e) => [e.reason, e.message, h.sec(e.firstTimestamp), e.source.component]), [['PodFailurePolicy', msg, 11, 'job-controller']], 'warning events');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).length, 0, 'nothing deleted');
  },
};
