// status.active holds ObjectReferences (kind, namespace, name, uid, apiVersion, resourceVersion) of running Jobs,
// in creation order; with Allow, overlapping Jobs are all listed.
export default {
  id: 'cronjob/active-list-contents',
  source: 'reference cronjob-and-friends §2.6 n (getRef = ref.GetReference, appended to status.active); concurrencyPolicy Allow default §1.1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 35m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: overlap
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "2h"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('overlap');
    h.eq(cj.spec.concurrencyPolicy, 'Allow', 'default concurrencyPolicy');
    const jobs = h.jobsOf('overlap');
    h.eq(jobs.length, 3, 'three overlapping Jobs (00:10, 00:20, 00:30)');
    const active = cj.status.active ?? [];
    h.eq(active.map((a) => a.name), jobs.map((j) => j.metadata.name), 'active names in creation order');
    active.forEach((a, i) => {
      h.eq(Object.keys(a).sort(), ['apiVersion', 'kind', 'name', 'namespace', 'resourceVersion', 'uid'], 'ObjectReference fields');
      h.eq([a.kind, a.apiVersion, a.namespace, a.uid], ['Job', 'batch/v1', 'default', jobs[i].metadata.uid], `ref ${i}`);
    });
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:30:00Z', 'lastScheduleTime');
    h.assert(cj.status.lastSuccessfulTime === undefined, 'no lastSuccessfulTime yet');
    h.eq(h.events({ kind: 'CronJob', reason: 'JobAlreadyActive' }).length, 0, 'Allow never says JobAlreadyActive');
  },
};
