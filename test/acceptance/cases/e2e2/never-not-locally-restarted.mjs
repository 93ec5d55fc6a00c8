// e2e "should run a job to completion when tasks sometimes fail and are not locally restarted": Never, both pods of the
// first wave fail (exit 1 at 10s); the sync at 11s counts 2 failures, so the recreation waits 10s*2^(2-1) = 20s from the
// last failure (30s); the next waves succeed: pods at 30s and 41s, SuccessCriteriaMet and Complete at 52s, failed 2.
export default {
  id: 'e2e2/never-not-locally-restarted',
  source: 'test/e2e/apps/job.go "should run a job to completion when tasks sometimes fail and are not locally restarted" (failOnce on one node, SuccessCriteriaMet CompletionsReached, WaitForJobComplete, Active 0, Ready 0, Terminating 0); backoff_utils.go newBackoffRecord/getRemainingTime (DefaultJobPodFailureBackOff 10s, doubling per failure after the last success)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: fail-once-non-local}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-2}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('fail-once-non-local');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 52], ['Complete', 'CompletionsReached', 52]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.active ?? 0, job.status.ready, job.status.terminating], [4, 2, 0, 0, 0], 'status');
    h.eq(h.podsOf('fail-once-non-local').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.spec.nodeName]), [
      [0, 'Failed', 'node-2'], [0, 'Failed', 'node-2'], [30, 'Succeeded', 'node-2'], [30, 'Succeeded', 'node-2'], [41, 'Succeeded', 'node-2'], [41, 'Succeeded', 'node-2']], 'pods');
  },
};
