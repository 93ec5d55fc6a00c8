// A Job created by hand with a controller ownerReference to the CronJob (right uid) but not in its active
// list: every sync of the CronJob records Warning UnexpectedJob "Saw a job that the controller did not create
// or forgot: stray"; the first when the Job is added (+1m); it is never adopted (no SawCompletedJob for it).
export default {
  id: 'events/ev31-unexpected-job',
  source: 'cronjob_controllerv2.go addJob (resolveControllerRef -> enqueue), syncCronJob (not in active and not finished -> Eventf(Warning, "UnexpectedJob", "Saw a job that the controller did not create or forgot: %s"))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: uj}
spec:
  duration: 4m
  timeline:
  - {at: 1m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: stray, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 20m}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const u = h.events({ kind: 'CronJob', reason: 'UnexpectedJob' });
    h.assert(u.length >= 1, 'at least one UnexpectedJob');
    h.eq([h.sec(u[0].firstTimestamp), u[0].type, u[0].message], [60, 'Warning', 'Saw a job that the controller did not create or forgot: stray'], 'first UnexpectedJob');
    h.eq(h.cronjob('cj').status.active ?? [], [], 'not adopted');
  },
};
