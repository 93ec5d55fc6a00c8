// The Job a CronJob creates: name <cronjob>-<minutes since epoch of the slot>, labels and annotations copied
// from the jobTemplate plus the scheduled-timestamp annotation (UTC without timeZone), a single controller ownerReference.
export default {
  id: 'cronjob/job-name-and-metadata',
  source: 'reference cronjob-and-friends §2.6 l (getJobFromTemplate2, getJobName), §1.3 annotation in UTC when timeZone unset; cronjob_controllerv2.go getJobName',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 1h30m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hourly
spec:
  schedule: "0 * * * *"
  jobTemplate:
    metadata:
      labels: {app: report, tier: batch}
      annotations: {owner: team-a}
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('hourly');
    const jobs = h.of('Job');
    h.eq(jobs.map((j) => j.metadata.name), ['hourly-29453820'], 'job names (2026-01-01T01:00Z = 29453820 minutes)');
    const j = jobs[0];
    const sorted = (o) => Object.fromEntries(Object.entries(o ?? {}).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    h.eq(sorted(j.metadata.labels), { app: 'report', tier: 'batch' }, 'labels copied from jobTemplate, nothing added');
    h.eq(sorted(j.metadata.annotations), sorted({ owner: 'team-a', 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2026-01-01T01:00:00Z' }), 'annotations');
    h.eq((j.metadata.ownerReferences ?? []).map(sorted), [sorted({ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hourly', uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true })], 'ownerReferences');
    h.eq(j.metadata.namespace, 'default', 'namespace');
  },
};
