// A timeline delete of a Job the CronJob a/cj will create (cj-29453761, the 00:01 slot) with namespace a: deleted at
// 1m30s (background), the CronJob's next sync finds its active Job gone: MissingJob "Active job went missing:
// cj-29453761" at 1m30s, in namespace a. The Job's pod is then deleted by the GC (grace 30s -> 2m).
export default {
  id: 'namespaces/ns18-delete-cronjob-child-namespaced',
  source: 'cronjob_controllerv2.go syncCronJob (active ref not listed -> GET NotFound -> MissingJob); README timeline (delete may name <cronjob>-<minutes>)',
  args: ['--duration', '3m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  timeline:
  - {at: 1m30s, delete: {kind: Job, name: cj-29453761, namespace: a}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: a}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 5m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.job('cj-29453761', 'a').metadata.deletionTimestamp), 90, 'job deleted');
    const miss = r.events.filter((e) => e.reason === 'MissingJob').map((e) => [h.sec(e.firstTimestamp), e.metadata.namespace, e.involvedObject.namespace, e.message]);
    h.eq(miss, [[90, 'a', 'a', 'Active job went missing: cj-29453761']], 'MissingJob');
    h.eq(h.cronjob('cj', 'a').status.active.map((x) => x.name), ['cj-29453762'], 'active');
    h.eq(h.sec(h.podsOf('cj-29453761')[0].metadata.deletionTimestamp), 120, 'pod graceful deletion');
  },
};
