// ProcMountType (beta on since 1.33, with UserNamespacesSupport beta on since 1.33): procMount Unmasked is refused
// unless the pod sets hostUsers: false.
export default {
  id: 'gates135/us01-procmount-unmasked-needs-hostusers-false',
  source: 'pkg/apis/core/validation/validation.go ValidateSecurityContext ("`hostUsers` must be false to use `Unmasked`"); kube_features.go ProcMountType {1.33 Beta on}, UserNamespacesSupport {1.33 Beta on}',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pm}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox, securityContext: {procMount: Unmasked}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: pmok}
spec:
  template:
    spec:
      restartPolicy: Never
      hostUsers: false
      containers: [{name: c, image: busybox, securityContext: {procMount: Unmasked}}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const mine = lines.filter((l) => l.includes(' Job default/pm: '));
    h.assert(mine.some((l) => l.endsWith('Job default/pm: spec.template.spec.containers[0].securityContext.procMount: Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`')), `missing line; got ${JSON.stringify(lines)}`);
    h.eq(lines.filter((l) => l.includes(' Job default/pmok: ')).length, 0, 'pmok is valid');
  },
};
