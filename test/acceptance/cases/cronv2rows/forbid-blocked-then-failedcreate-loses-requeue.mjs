// Forbid, 15-minute Jobs, and a job template broken at 00:15 (pod-template label job-name: custom). At 00:20 the slot is
// refused with JobAlreadyActive before any create is tried (requeue for 00:30:00.1). When the 00:10 Job completes
// (00:25:01.1) one sync sees it (SawCompletedJob, status written) and tries the 00:20 Job: FailedCreate, AddRateLimited.
// That 5ms retry replaces the key's single waiting entry, so there is no sync at 00:30:00.1: the 00:30 Job is first
// tried by the retry at 00:25:01.1 + 5ms*(2^16-1) = 00:30:28.775.
export default {
  id: 'cronv2rows/forbid-blocked-then-failedcreate-loses-requeue',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (Forbid && len(Active) > 0 -> JobAlreadyActive before CreateJob; found && finished -> SawCompletedJob, updateStatus; CreateJob error -> FailedCreate), sync (UpdateStatus though syncErr), processNextWorkItem (AddRateLimited); client-go util/workqueue delaying_queue.go waitingLoop/insert (one entry per item: an earlier readyAt replaces the later one), default_rate_limiters.go ItemExponentialFailureRateLimiter',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 41m
  timeline:
  - { at: 15m, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { labels: { job-name: custom } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "15m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    // upstream's Job controller writes a finishing Job twice (SuccessCriteriaMet first, Complete after: a README known
    // difference), so a sync between the two may add a JobAlreadyActive at 00:25:01: such events are left out here
    const ev = h.events({ kind: 'CronJob' }).filter((e) => !(e.reason === 'JobAlreadyActive' && e.firstTimestamp === '2026-01-01T00:25:01Z'));
    h.eq(ev.slice(0, 4).map((e) => [e.firstTimestamp, e.reason, e.message.slice(0, 60)]), [
      ['2026-01-01T00:10:00Z', 'SuccessfulCreate', 'Created job cj-29453770'],
      ['2026-01-01T00:20:00Z', 'JobAlreadyActive', 'Not starting job because prior execution is running and conc'],
      ['2026-01-01T00:25:01Z', 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Complete'],
      ['2026-01-01T00:25:01Z', 'FailedCreate', 'Error creating job: Job.batch "cj-29453780" is invalid: spec'],
    ], 'blocked without a create attempt, then the completion sync tries the 00:20 Job');
    const fc = ev.filter((e) => e.reason === 'FailedCreate');
    h.eq(fc.map((e) => [e.firstTimestamp.slice(11, 19), e.message.match(/Job\.batch "([^"]+)"/)[1]]), [
      ...Array(8).fill(['00:25:01', 'cj-29453780']),
      ['00:25:02', 'cj-29453780'], ['00:25:03', 'cj-29453780'], ['00:25:06', 'cj-29453780'], ['00:25:11', 'cj-29453780'],
      ['00:25:21', 'cj-29453780'], ['00:25:42', 'cj-29453780'], ['00:26:23', 'cj-29453780'], ['00:27:44', 'cj-29453780'],
      ['00:30:28', 'cj-29453790'], ['00:35:56', 'cj-29453790'],
    ], 'retries only: nothing at 00:30:00');
    h.eq(ev.length, 3 + fc.length, 'no other event');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active ?? []], ['2026-01-01T00:10:00Z', '2026-01-01T00:25:01Z', []], 'status written at the failing sync');
  },
};
