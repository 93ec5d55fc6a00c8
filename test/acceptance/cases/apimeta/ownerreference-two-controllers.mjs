// At most one owner reference may have controller: true; the error names the first and the second controller as
// Kind/name. controller: false on a third reference does not count. A CronJob is checked the same way.
export default {
  id: 'apimeta/ownerreference-two-controllers',
  source: 'apimachinery pkg/api/validation/objectmeta.go ValidateOwnerReferences ("Only one reference can have Controller set to true. Found \\"true\\" in references for %v and %v", firstControllerName = Kind/Name); batch validation ValidateCronJobCreate -> ValidateObjectMeta',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
  ownerReferences:
  - {apiVersion: v1, kind: ConfigMap, name: a, uid: u1, controller: true}
  - {apiVersion: v1, kind: Secret, name: c, uid: u3, controller: false}
  - {apiVersion: apps/v1, kind: Deployment, name: b, uid: u2, controller: true}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('CronJob default/cj'));
    h.eq(lines.length, 1, `one problem: ${lines.join(' | ')}`);
    h.assert(/:5:3: CronJob default\/cj: metadata\.ownerReferences: Invalid value: \[\]v1\.OwnerReference\{.*\}: Only one reference can have Controller set to true\. Found "true" in references for ConfigMap\/a and Deployment\/b$/.test(lines[0]), lines[0]);
  },
};
