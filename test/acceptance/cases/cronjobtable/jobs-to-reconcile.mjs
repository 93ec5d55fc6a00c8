// TestControllerV2GetJobsToBeReconciled rows: the Jobs a CronJob reconciles are the Jobs of its namespace whose
// controllerRef names it, whatever their labels. "labels do not match job template": after the jobTemplate's labels
// change, the running 09:00 Job (old labels) is still seen completing (SawCompletedJob, lastSuccessfulTime).
// "without controller reference" and "other owner ref": a plain Job and the Jobs of another CronJob in the same
// namespace are ignored (no UnexpectedJob). "other namespaces": the Jobs of a same-named CronJob in another namespace
// are ignored.
const tpl = (labels, dur) => `    metadata: {labels: ${JSON.stringify(labels)}}
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "${dur}"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never`;
export default {
  id: 'cronjobtable/jobs-to-reconcile',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2GetJobsToBeReconciled rows "test getting jobs in namespace without controller reference", "... with a controller reference", "test getting jobs in other namespaces", "test getting jobs whose labels do not match job template"; cronjob_controllerv2.go getJobsToBeReconciled',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 1h10m
  timeline:
  - { at: 10m, patch: { kind: CronJob, namespace: foo-ns, name: fooer, spec: { jobTemplate: { metadata: { labels: { key: different-value } } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: foo, namespace: foo-ns}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "3h"}}
    spec:
      containers: [{name: c, image: foo/bar}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fooer, namespace: foo-ns}
spec:
  schedule: "0 * * * *"
  jobTemplate:
${tpl({ key: 'value' }, '30m')}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: another-cronjob, namespace: foo-ns}
spec:
  schedule: "0 * * * *"
  jobTemplate:
${tpl({ key: 'different-value' }, '3h')}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fooer, namespace: bar-ns}
spec:
  schedule: "0 * * * *"
  jobTemplate:
${tpl({ key: 'value' }, '3h')}
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === 'foo-ns' && e.involvedObject.name === 'fooer');
    h.eq(ev.map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job fooer-24394140'],
      ['2016-05-19T09:30:01Z', 'Normal', 'SawCompletedJob', 'Saw completed job: fooer-24394140, condition: Complete'],
      ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job fooer-24394200'],
    ], 'foo-ns/fooer: the old-label Job is reconciled; no UnexpectedJob for foreign Jobs');
    const jobs = h.of('Job').filter((j) => j.metadata.namespace === 'foo-ns' && j.metadata.name.startsWith('fooer-'));
    h.eq(jobs.map((j) => [j.metadata.name, j.metadata.labels]), [['fooer-24394140', { key: 'value' }], ['fooer-24394200', { key: 'different-value' }]], 'labels of the two Jobs');
    h.eq(h.cronjob('fooer', 'foo-ns').status.lastSuccessfulTime, '2016-05-19T09:30:01Z', 'lastSuccessfulTime from the old-label Job');
    h.eq(r.events.filter((e) => e.reason === 'UnexpectedJob').length, 0, 'no UnexpectedJob anywhere');
    h.eq((h.cronjob('fooer', 'bar-ns').status.active ?? []).map((a) => a.name), ['fooer-24394140', 'fooer-24394200'], 'bar-ns/fooer keeps its own Jobs');
  },
};
