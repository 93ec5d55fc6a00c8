// While Forbid blocks a slot, lastScheduleTime is not advanced, so every sync of the CronJob finds the same unmet slot
// and records JobAlreadyActive again: not only at the slot but at each update of the running Job (here its first pod
// fails at 02:10 and a replacement is created), since every Job update enqueues the CronJob.
export default {
  id: 'cronsync/forbid-blocked-job-update-repeats-event',
  source: 'cronjob_controllerv2.go updateJob (resolveControllerRef -> enqueueController), syncCronJob (Forbid: Eventf JobAlreadyActive, LastScheduleTime unchanged)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2h30m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "70m", jobsim/exit-codes: "1,0"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const blocked = h.events({ kind: 'CronJob', reason: 'JobAlreadyActive' });
    h.eq(h.sec(blocked[0]?.firstTimestamp), 7200, 'first JobAlreadyActive at the 02:00 slot');
    const after = blocked.filter((e) => h.sec(e.firstTimestamp) > 7200);
    h.assert(after.length >= 1, 'JobAlreadyActive again when the running Job is updated');
    h.assert(after.every((e) => h.sec(e.firstTimestamp) >= 7800 && h.sec(e.firstTimestamp) <= 7815), `repeats only around the pod failure at 02:10: ${after.map((e) => e.firstTimestamp)}`);
    h.assert(blocked.every((e) => e.message === 'Not starting job because prior execution is running and concurrency policy is Forbid'), 'message');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2026-01-01T01:00:00Z', ['cj-29453820']], 'status');
  },
};
