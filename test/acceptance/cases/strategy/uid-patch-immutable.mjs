// metadata.uid may not change: ValidateObjectMetaUpdate ("field is immutable"). A CronJob patched to
// another uid is refused (exit 2) with exactly that problem; a Job patched the same way is refused too
// (its uid line among the problems).
export default {
  id: 'strategy/uid-patch-immutable',
  source: 'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMetaAccessorUpdate (ValidateImmutableField(newMeta.GetUID(), oldMeta.GetUID(), fldPath.Child("uid"))); pkg/apis/batch/validation/validation.go ValidateJobUpdate / ValidateCronJobUpdate (apivalidation.ValidateObjectMetaUpdate); apiserver rest/update.go BeforeUpdate (keeps the old uid only when none is given)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: CronJob, name: cj, metadata: {uid: 11111111-2222-3333-4444-555555555555}}}
  - {at: 5s, patch: {kind: Job, name: a, metadata: {uid: 11111111-2222-3333-4444-555555555555}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.filter((l) => l.startsWith('6: ')), ['6: CronJob default/cj: metadata.uid: Invalid value: "11111111-2222-3333-4444-555555555555": field is immutable'], 'CronJob problem');
    h.assert(lines.includes('7: Job default/a: metadata.uid: Invalid value: "11111111-2222-3333-4444-555555555555": field is immutable'), `Job uid problem: ${JSON.stringify(lines)}`);
  },
};
