// "still active, is time, F" and "... R" inside a fall-back repeat: "30 1 * * *" in America/New_York fires at 01:30
// EDT (05:30Z) and again at 01:30 EST (06:30Z) on 2016-11-06. An 80-minute Job from the first run is still active at
// the second: Forbid records JobAlreadyActive and starts the 01:30 EST Job late, when the first completes
// (06:50:01Z: pod done 06:50:00, Job status 1 s later); Replace deletes the first and creates the second at 06:30Z.
// Allow runs both, overlapping. The two runs have different names (UTC minutes) and annotations (-04:00 / -05:00).
const cj = (ns, policy) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, namespace: ${ns}}
spec:
  schedule: "30 1 * * *"
  timeZone: America/New_York
  concurrencyPolicy: ${policy}
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "80m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronint/dst-repeat-forbid-late-and-replace',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, is time, A" (expectActive 2), "still active, is time, F" (JobAlreadyActive) and "still active, is time, R" (expectDelete, expectCreate); cronjob_controllerv2.go syncCronJob (Forbid leaves LastScheduleTime; Replace deleteJob then CreateJob), getJobName; robfig/cron v3 SpecSchedule.Next in a fall-back overlap',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-11-06T04:00:00Z"
  duration: 4h
${cj('forbid', 'Forbid')}${cj('replace', 'Replace')}${cj('allow', 'Allow')}`,
  check(r, h) {
    const rows = (ns) => r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns).map((e) => [e.firstTimestamp, e.reason, e.message]);
    h.eq(rows('forbid'), [
      ['2016-11-06T05:30:00Z', 'SuccessfulCreate', 'Created job nightly-24640170'],
      ['2016-11-06T06:30:00Z', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      ['2016-11-06T06:50:01Z', 'SawCompletedJob', 'Saw completed job: nightly-24640170, condition: Complete'],
      ['2016-11-06T06:50:01Z', 'SuccessfulCreate', 'Created job nightly-24640230'],
    ], 'forbid events');
    h.eq(rows('replace'), [
      ['2016-11-06T05:30:00Z', 'SuccessfulCreate', 'Created job nightly-24640170'],
      ['2016-11-06T06:30:00Z', 'SuccessfulDelete', 'Deleted job nightly-24640170'],
      ['2016-11-06T06:30:00Z', 'SuccessfulCreate', 'Created job nightly-24640230'],
      ['2016-11-06T07:50:01Z', 'SawCompletedJob', 'Saw completed job: nightly-24640230, condition: Complete'],
    ], 'replace events');
    h.eq(rows('allow').filter((e) => e[1] === 'SuccessfulCreate').map((e) => e[0]), ['2016-11-06T05:30:00Z', '2016-11-06T06:30:00Z'], 'allow: both runs on time');
    h.eq(h.events({ kind: 'CronJob', name: 'nightly' }).filter((e) => e.involvedObject.namespace === 'allow' && e.reason === 'SawCompletedJob').map((e) => e.firstTimestamp), ['2016-11-06T06:50:01Z', '2016-11-06T07:50:01Z'], 'allow: overlapping runs both complete');
    const ann = (ns, n) => h.job(n, ns).metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'];
    h.eq([ann('forbid', 'nightly-24640170'), ann('forbid', 'nightly-24640230')], ['2016-11-06T01:30:00-04:00', '2016-11-06T01:30:00-05:00'], 'annotations');
    h.eq(h.job('nightly-24640170', 'replace').metadata.deletionTimestamp, '2016-11-06T06:30:00Z', 'replaced Job deleted at the second 01:30');
    h.eq([h.cronjob('nightly', 'forbid').status.lastScheduleTime, h.cronjob('nightly', 'forbid').status.lastSuccessfulTime], ['2016-11-06T06:30:00Z', '2016-11-06T06:50:01Z'], 'forbid: lastScheduleTime is the scheduled (EST) time, not the late creation');
  },
};
