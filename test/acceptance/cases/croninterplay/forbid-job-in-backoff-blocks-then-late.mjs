// Forbid with a Job whose pods keep failing (backoffLimit 2, 3m pods exiting 1): while the Job retries, the 00:10
// slot is blocked (JobAlreadyActive at 00:10, and again at each Job status write that syncs the CronJob). When the Job
// fails (BackoffLimitExceeded), the same sync reports SawCompletedJob "condition: Failed" and creates the blocked
// 00:10 Job late; lastSuccessfulTime stays unset; the 00:15 slot is blocked by that late Job.
export default {
  id: 'croninterplay/forbid-job-in-backoff-blocks-then-late',
  source: 'cronjob_controllerv2.go updateJob (every Job update enqueues), syncCronJob (IsJobFinished only on Complete/Failed, Forbid check, lastSuccessfulTime only for IsJobSucceeded)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 17m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        metadata: {annotations: {jobsim/duration: "3m", jobsim/exit-codes: "1"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const first = h.job('cj-29453765');
    const failed = h.hasCond(first, 'Failed', 'BackoffLimitExceeded');
    const tf = h.sec(failed.lastTransitionTime);
    h.eq(first.status.failed, 3, 'three failed pods');
    h.assert(tf > 600 && tf < 900, `Job failed between 00:10 and 00:15 (at ${tf})`);
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    const blocked = ev.filter((e) => e[1] === 'JobAlreadyActive').map((e) => e[0]);
    h.eq(blocked[0], 600, 'blocked at the 00:10 slot');
    h.assert(blocked.every((t) => (t >= 600 && t < tf) || t === 900), `JobAlreadyActive only while the first Job retries, and at 00:15: ${blocked}`);
    const atFail = ev.filter((e) => e[0] === tf);
    h.eq(atFail.map((e) => [e[1], e[2]]), [
      ['SawCompletedJob', 'Saw completed job: cj-29453765, condition: Failed'],
      ['SuccessfulCreate', 'Created job cj-29453770'],
    ], 'the failure sync sees the Job and starts the blocked slot');
    const cj = h.cronjob('cj');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, (cj.status.active ?? []).map((a) => a.name)], ['2026-01-01T00:10:00Z', undefined, ['cj-29453770']], 'status');
    h.eq(h.sec(h.job('cj-29453770').metadata.creationTimestamp), tf, 'late Job created at the failure');
  },
};
