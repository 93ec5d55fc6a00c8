// metadata.ownerReferences items are validated by ValidateObjectMeta: an empty reference has no version,
// kind, name or uid, four problems. Written `null` it is the same zero reference (not an internal error).
export default {
  id: 'inputerrors2/ownerreferences-zero-item',
  source: 'apimachinery pkg/api/validation/objectmeta.go validateOwnerReference on the gvk (fldPath without index; "version must not be empty", then "must not be empty" for kind, name, uid); encoding/json null slice element = zero struct',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a, ownerReferences: [null]}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.assert(!/internal error/.test(r.stderr), r.stderr.split('\n')[0]);
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, [
      'Job default/a: metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty',
      'Job default/a: metadata.ownerReferences.kind: Invalid value: "": must not be empty',
      'Job default/a: metadata.ownerReferences.name: Invalid value: "": must not be empty',
      'Job default/a: metadata.ownerReferences.uid: Invalid value: "": must not be empty',
    ], 'four problems');
  },
};
