// A CronJob whose jobTemplate sets managedBy to another controller: the CronJob controller creates the Job
// (it does not look at managedBy), the built-in Job controller leaves it alone, so it never finishes; with
// Forbid every later slot is skipped with JobAlreadyActive.
export default {
  id: 'mutations/cronjob-template-managedby-external',
  source: 'job_controller.go syncJob (!isJobManagedByController: skip); cronjob_controllerv2.go syncCronJob (Forbid && len(Active) > 0: Event JobAlreadyActive "Not starting job because prior execution is running and concurrency policy is Forbid")',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      managedBy: example.com/other
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('cj');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.spec.managedBy]), [['cj-29453761', 60, 'example.com/other']], 'one Job');
    h.eq(jobs[0].status ?? {}, {}, 'Job status untouched');
    h.eq(h.podsOf('cj-29453761').length, 0, 'no pods');
    h.eq(h.events({ kind: 'Job' }).length, 0, 'no Job events');
    const skipped = h.events({ kind: 'CronJob', name: 'cj', reason: 'JobAlreadyActive' });
    h.eq(skipped.map((e) => h.sec(e.firstTimestamp)), [120, 180, 240], 'JobAlreadyActive times (~100ms after each minute)');
    h.eq(skipped[0].message, 'Not starting job because prior execution is running and concurrency policy is Forbid', 'message');
    h.eq(h.cronjob('cj').status.active.map((a) => a.name), ['cj-29453761'], 'CronJob active');
  },
};
