// "@every 30s" gives two slots per minute, and the Job name has minute resolution. With 45s Jobs:
// 00:01:30's name (cj-29453761) is the running 00:01 Job's, so the slot is taken as already handled (in active by
// name: requeue, no event; lastScheduleTime stays 00:01:00). When that Job completes (00:01:46) the sync drops it from
// active and the still unmet 00:01:30 slot is tried: the create hits AlreadyExists on the finished Job, which is owned
// and not in active, so it is adopted (no SuccessfulCreate, lastScheduleTime 00:01:30); the status write re-syncs and
// the adopted finished Job is seen completed a second time.
export default {
  id: 'cronsync/every-30s-name-collision',
  source: 'cronjob_controllerv2.go syncCronJob (inActiveListByName(getJobName) -> requeue; IsAlreadyExists: IsControlledBy, not inActiveList -> append ref, LastScheduleTime; updateCronJob enqueue on status update); getJobName (getTimeHashInMinutes)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m20s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "@every 30s"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "45s"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:00:30Z', 'SuccessfulCreate', 'Created job cj-29453760'],
      ['2026-01-01T00:01:00Z', 'SuccessfulCreate', 'Created job cj-29453761'],
      ['2026-01-01T00:01:16Z', 'SawCompletedJob', 'Saw completed job: cj-29453760, condition: Complete'],
      ['2026-01-01T00:01:46Z', 'SawCompletedJob', 'Saw completed job: cj-29453761, condition: Complete'],
      ['2026-01-01T00:01:46Z', 'SawCompletedJob', 'Saw completed job: cj-29453761, condition: Complete'],
      ['2026-01-01T00:02:00Z', 'SuccessfulCreate', 'Created job cj-29453762'],
    ], 'CronJob events');
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cj-29453760', '2026-01-01T00:00:30Z'], ['cj-29453761', '2026-01-01T00:01:00Z'], ['cj-29453762', '2026-01-01T00:02:00Z'],
    ], 'three Jobs; the adopted one keeps its own annotation');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, (st.active ?? []).map((a) => a.name)], ['2026-01-01T00:02:00Z', '2026-01-01T00:01:46Z', ['cj-29453762']], 'status');
  },
};
