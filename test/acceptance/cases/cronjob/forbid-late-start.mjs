// Forbid: a blocked slot gives JobAlreadyActive and does not advance lastScheduleTime; the latest blocked slot is
// started late, as soon as the running Job finishes (its name and annotation are the slot's).
export default {
  id: 'cronjob/forbid-late-start',
  source: 'reference cronjob-and-friends §2.6 j (JobAlreadyActive "Not starting job because prior execution is running and concurrency policy is Forbid"), §8.6 Forbid delays rather than skips',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 2h50m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: fb
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "90m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j1 = h.job('fb-29453820');
    const j2 = h.job('fb-29453880');
    h.eq(h.sec(j1.metadata.creationTimestamp), 3600, 'first Job on time');
    const done1 = h.sec(j1.status.completionTime);
    h.near(done1, 3600 + 5400, 2, 'first Job ran 90m');
    h.eq(h.sec(j2.metadata.creationTimestamp), done1, 'the blocked 02:00 slot starts when the first Job completes');
    h.eq(j2.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T02:00:00Z', 'annotation is the nominal slot');
    const ev = h.events({ kind: 'CronJob', reason: 'JobAlreadyActive' });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[7200, 'Normal', 'Not starting job because prior execution is running and concurrency policy is Forbid']], 'one JobAlreadyActive at 02:00');
    h.eq(h.of('Job').length, 2, 'two Jobs');
    const cj = h.cronjob('fb');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T02:00:00Z', 'lastScheduleTime is the late-started slot');
    h.eq((cj.status.active ?? []).map((a) => a.name), ['fb-29453880'], 'only the late Job active');
    // order in the sync at completion: SawCompletedJob then SuccessfulCreate
    const seq = h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) === done1).map((e) => e.reason);
    h.eq(seq, ['SawCompletedJob', 'SuccessfulCreate'], 'events of the completion sync');
  },
};
