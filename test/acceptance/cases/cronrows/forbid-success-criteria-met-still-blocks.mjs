// "still active, is time, F" with a Job that has met its successPolicy but still has a pod terminating: an Indexed Job
// (successPolicy: index 0) gets SuccessCriteriaMet at 00:09:51 and its index-1 pod (ignores SIGTERM, grace 30s) is
// killed; it is not finished for the CronJob until the Complete condition (IsJobFinished looks at Complete/Failed
// only). So the 00:10 slot is blocked (JobAlreadyActive), and the blocked slot starts late in the sync that sees
// Complete, with SawCompletedJob at the same instant.
export default {
  id: 'cronrows/forbid-success-criteria-met-still-blocks',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob "still active, is time, F"; cronjob_controllerv2.go syncCronJob (jobutil.IsJobFinished: Complete or Failed True; Forbid && len(Active) > 0 -> JobAlreadyActive); pkg/controller/job/job_controller.go (SuccessCriteriaMet, Complete once no pod is terminating)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 12m
  behaviors:
  - selector: {matchLabels: {app: idx}}
    duration: 1h
    onSigterm: ignore
    perIndex:
      "0": {duration: 4m50s}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      completionMode: Indexed
      completions: 2
      parallelism: 2
      successPolicy:
        rules: [{succeededIndexes: "0"}]
      template:
        metadata: {labels: {app: idx}}
        spec:
          terminationGracePeriodSeconds: 30
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const first = h.job('cj-29453765');
    const met = h.hasCond(first, 'SuccessCriteriaMet');
    const done = h.hasCond(first, 'Complete');
    h.assert(h.sec(met.lastTransitionTime) < 600 && h.sec(done.lastTransitionTime) > 600, `SuccessCriteriaMet before the 00:10 slot, Complete after (${met.lastTransitionTime}, ${done.lastTransitionTime})`);
    const ev = h.events({ kind: 'CronJob' });
    h.eq(ev.filter((e) => e.reason === 'JobAlreadyActive')[0]?.firstTimestamp, '2026-01-01T00:10:00Z', 'the 00:10 slot is blocked');
    h.eq(ev.filter((e) => e.reason !== 'JobAlreadyActive').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:05:00Z', 'SuccessfulCreate', 'Created job cj-29453765'],
      [done.lastTransitionTime, 'SawCompletedJob', 'Saw completed job: cj-29453765, condition: Complete'],
      [done.lastTransitionTime, 'SuccessfulCreate', 'Created job cj-29453770'],
    ], 'the blocked slot starts when Complete is seen');
    const late = h.job('cj-29453770');
    h.eq([late.metadata.creationTimestamp, late.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']], [done.lastTransitionTime, '2026-01-01T00:10:00Z'], 'late Job of the 00:10 slot');
    h.eq(h.cronjob('cj').status.lastSuccessfulTime, first.status.completionTime, 'lastSuccessfulTime = completionTime');
  },
};
