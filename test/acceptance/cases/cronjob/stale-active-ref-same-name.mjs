// Step b checks a stale active ref by GET-ting the Job by *name* only: when a different Job (new uid, not owned)
// now holds that name, upstream finds it and keeps the stale ref: no MissingJob, the ref stays in status.active,
// and with Forbid every later slot is blocked (JobAlreadyActive).
export default {
  id: 'cronjob/stale-active-ref-same-name',
  source: 'cronjob_controllerv2.go syncCronJob: "for _, j := range cronJob.Status.Active { ... _, err := jm.jobControl.GetJob(j.Namespace, j.Name); switch { case errors.IsNotFound(err): MissingJob ... } // the job is missing in the lister but found in api-server }" (no UID comparison)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 35m
  faults:
  - { at: 11m, controllerDown: cronjob, for: 4m }
  timeline:
  - at: 13m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: mj-29453770}
      spec:
        template:
          metadata:
            annotations: {jobsim/duration: "1h"}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: mj
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 0
      template:
        metadata:
          annotations: {jobsim/duration: "2m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    // 00:10 Job done 00:12:01 and deleted by TTL while the CronJob controller is down; a user Job takes the name at 00:13.
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[600, 'SuccessfulCreate'], [1200, 'JobAlreadyActive'], [1800, 'JobAlreadyActive']], 'no MissingJob; Forbid blocked by the stale ref');
    const cj = h.cronjob('mj');
    h.eq((cj.status.active ?? []).map((a) => a.name), ['mj-29453770'], 'stale ref kept');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:10:00Z', 'lastScheduleTime');
  },
};
