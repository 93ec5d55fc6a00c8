// A CronJob's own metadata goes through the same ValidateObjectMeta: a bad label value and an owner reference without
// uid are reported against the CronJob, each at its field's position.
export default {
  id: 'apimeta/cronjob-metadata-validated',
  source: 'pkg/apis/batch/validation/validation.go ValidateCronJobCreate (apivalidation.ValidateObjectMeta(&cronJob.ObjectMeta, true, ValidateReplicationControllerName, "metadata")); apimachinery ValidateLabels / validateOwnerReference',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
  labels: {app: "a b"}
  ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: cm, uid: ""}]
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('CronJob default/cj'));
    h.eq(lines.length, 2, lines.join(' | '));
    h.assert(lines.some((l) => l.endsWith(`:5:3: CronJob default/cj: metadata.labels: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`)), 'label');
    h.assert(lines.some((l) => l.endsWith(':6:3: CronJob default/cj: metadata.ownerReferences.uid: Invalid value: "": must not be empty')), 'owner uid');
  },
};
