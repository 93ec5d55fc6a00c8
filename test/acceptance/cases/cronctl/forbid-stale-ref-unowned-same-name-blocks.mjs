// A stale active ref is checked by name only: the 10:00 Job was deleted during a CronJob-controller outage and an
// unowned Job of the same name was created by hand. Back at 10:40 the GET by name finds it, so the ref stays, and
// under Forbid every later slot is refused with JobAlreadyActive; since the hand-made Job has no controller
// reference, neither its completion nor anything else removes the ref, and it keeps blocking after it finished.
export default {
  id: 'cronctl/forbid-stale-ref-unowned-same-name-blocks',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (stale refs: GetJob by name, found -> kept; ForbidConcurrent && len(Active) > 0 -> JobAlreadyActive), updateJob (no controllerRef: no enqueue); TestControllerV2SyncCronJob rows "this started but went missing, not past deadline, f", "still active, is time, F"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 3h40m
  faults:
  - { at: 40m, controllerDown: cronjob, for: 30m }
  timeline:
  - { at: 50m, delete: { kind: Job, name: mycronjob-24394200 } }
  - { at: 51m, create: { apiVersion: batch/v1, kind: Job, metadata: { name: mycronjob-24394200 }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: foo/bar }] } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 2h}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    const msg = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'JobAlreadyActive', msg],
      ['2016-05-19T12:00:00Z', 'JobAlreadyActive', msg],
      ['2016-05-19T13:00:00Z', 'JobAlreadyActive', msg],
    ], 'blocked by the unowned Job of the same name, also after it completed (11:51)');
    const handMade = h.of('Job').filter((j) => j.metadata.name === 'mycronjob-24394200' && !j.metadata.ownerReferences);
    h.eq(handMade.length, 1, 'one hand-made Job of that name');
    h.hasCond(handMade[0], 'Complete');
    const st = h.cronjob('mycronjob').status;
    h.eq([(st.active ?? []).map((a) => a.name), st.lastScheduleTime], [['mycronjob-24394200'], '2016-05-19T10:00:00Z'], 'status');
  },
};
