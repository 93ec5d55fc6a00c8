// At a CronJob's Job completion the Job controller's Completed event (on the Job) precedes the CronJob
// controller's SawCompletedJob (on the CronJob), which reacts to the Job's status update; both at +311s,
// in the Job's and the CronJob's namespace respectively; each names its own object's uid.
export default {
  id: 'eventfields/ef24-completed-before-saw',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers (recordJobFinished after the status write); cronjob_controllerv2.go updateJob handler -> syncCronJob (SawCompletedJob)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 6m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: rep, namespace: ops}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const job = h.jobsOf('rep')[0] ?? h.job('rep-29453765', 'ops');
    const cj = h.cronjob('rep', 'ops');
    const i = r.events.findIndex((e) => e.reason === 'Completed');
    const j = r.events.findIndex((e) => e.reason === 'SawCompletedJob');
    h.assert(i >= 0 && j > i, `Completed (${i}) before SawCompletedJob (${j})`);
    h.eq([r.events[i].firstTimestamp, r.events[i].involvedObject.uid, r.events[i].metadata.namespace], ['2026-01-01T00:05:11Z', job.metadata.uid, 'ops'], 'Completed');
    h.eq([r.events[j].firstTimestamp, r.events[j].involvedObject.uid, r.events[j].metadata.namespace, r.events[j].message], ['2026-01-01T00:05:11Z', cj.metadata.uid, 'ops', 'Saw completed job: rep-29453765, condition: Complete'], 'SawCompletedJob');
  },
};
