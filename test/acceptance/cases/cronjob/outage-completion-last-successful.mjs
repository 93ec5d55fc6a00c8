// A Job that completes while the CronJob controller is down is seen at the restart: SawCompletedJob at the restart
// time, but lastSuccessfulTime is the Job's completionTime, not the restart time.
export default {
  id: 'cronjob/outage-completion-last-successful',
  source: 'reference cronjob-and-friends §2.6 a (lastSuccessfulTime = job.status.completionTime), §8.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 1h50m
  faults:
  - { at: 1h0m30s, controllerDown: cronjob, for: 30m }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: oc
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "5m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('oc-29453820');
    h.near(h.sec(j.status.completionTime), 3600 + 300, 2, 'completed ~01:05 during the outage');
    const saw = h.events({ kind: 'CronJob', reason: 'SawCompletedJob' });
    h.eq(saw.map((e) => [h.sec(e.firstTimestamp), e.message]), [[5430, 'Saw completed job: oc-29453820, condition: Complete']], 'seen at the restart 01:30:30');
    h.eq(h.cronjob('oc').status.lastSuccessfulTime, j.status.completionTime, 'lastSuccessfulTime = completionTime');
  },
};
