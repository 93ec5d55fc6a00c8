// A Job in namespace b whose controller ownerReference names CronJob "cj" with a uid that does not exist (a/cj exists
// with another uid in namespace a): the garbage collector finds no owner in the Job's namespace and deletes the Job
// (background) at once; a/cj is not affected and never mentions it.
export default {
  id: 'namespaces/ns29-gc-dangling-owner-other-namespace',
  source: 'pkg/controller/garbagecollector garbagecollector.go attemptToDeleteItem (owners looked up by uid in the dependent\'s namespace; all absent -> delete)',
  args: ['--duration', '3m'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: a}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: orphan
  namespace: b
  ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 11111111-1111-1111-1111-111111111111, controller: true}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.job('orphan', 'b').metadata.deletionTimestamp), 0, 'orphan deleted by the GC');
    h.eq(r.events.filter((e) => e.involvedObject.kind === 'CronJob').length, 0, 'no CronJob events');
    h.eq(h.cronjob('cj', 'a').status.active ?? [], [], 'a/cj has no active Job');
  },
};
