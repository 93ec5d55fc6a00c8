// A deletion is asked for with DELETE, never by writing it: a timeline patch that sets
// metadata.deletionTimestamp or deletionGracePeriodSeconds on a live Job is refused (exit 2), each
// field immutable, the timestamp shown as Go prints a time.Time.
export default {
  id: 'strategy/deletion-fields-patch-immutable',
  source: 'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMetaAccessorUpdate (ValidateImmutableField on deletionTimestamp and deletionGracePeriodSeconds); util/validation/field/errors.go ErrorBody (a pointer is dereferenced, a fmt.Stringer printed with %s)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 1m
  timeline:
  - {at: 10s, patch: {kind: Job, name: a, metadata: {deletionTimestamp: "2026-01-01T00:00:00Z", deletionGracePeriodSeconds: 5}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '7: Job default/a: metadata.deletionTimestamp: Invalid value: 2026-01-01 00:00:00 +0000 UTC: field is immutable',
      '7: Job default/a: metadata.deletionGracePeriodSeconds: Invalid value: 5: field is immutable',
    ], 'problems');
  },
};
