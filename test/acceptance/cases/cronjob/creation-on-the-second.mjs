// With the controller up, each Job is created in the second of its slot (requeue 100ms after the slot),
// the first slot is the first one strictly after the CronJob's creationTimestamp.
export default {
  id: 'cronjob/creation-on-the-second',
  source: 'reference cronjob-and-friends §2.3 (Next strictly after earliest = creationTimestamp), §2.5 requeue Next+100ms',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 50m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: tenmin
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('tenmin');
    h.eq(jobs.map((j) => j.metadata.name), ['tenmin-29453770', 'tenmin-29453780', 'tenmin-29453790', 'tenmin-29453800'], 'one Job per slot 00:10..00:40 (00:00 is not strictly after creation; 00:50 is the end)');
    jobs.forEach((j, i) => {
      h.eq(h.sec(j.metadata.creationTimestamp), 600 * (i + 1), `${j.metadata.name} creationTimestamp`);
      h.eq(h.sec(j.status.startTime), 600 * (i + 1), `${j.metadata.name} startTime`);
    });
    const creates = h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' });
    h.eq(creates.map((e) => [e.message, e.type, e.source.component, h.sec(e.firstTimestamp)]), jobs.map((j, i) => [`Created job ${j.metadata.name}`, 'Normal', 'cronjob-controller', 600 * (i + 1)]), 'SuccessfulCreate events');
  },
};
