// The v1 PodSpec has serviceAccount as a deprecated alias of serviceAccountName: either one given, the stored
// object (template and pod) shows both with the same value.
export default {
  id: 'defaults/template-service-account-alias',
  source: 'pkg/apis/core/v1/conversion.go Convert_v1_PodSpec_To_core_PodSpec ("if in.ServiceAccountName == \\"\\" { out.ServiceAccountName = in.DeprecatedServiceAccount }") and Convert_core_PodSpec_To_v1_PodSpec ("out.DeprecatedServiceAccount = in.ServiceAccountName")',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: sa-n}
spec:
  template:
    spec:
      restartPolicy: Never
      serviceAccountName: builder
      containers: [{name: c, image: "busybox:1.36"}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: sa-o}
spec:
  template:
    spec:
      restartPolicy: Never
      serviceAccount: robot
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const n = h.job('sa-n').spec.template.spec, o = h.job('sa-o').spec.template.spec;
    h.eq([n.serviceAccountName, n.serviceAccount], ['builder', 'builder'], 'serviceAccountName given: template');
    h.eq([o.serviceAccountName, o.serviceAccount], ['robot', 'robot'], 'serviceAccount given: template');
    const [pn] = h.podsOf('sa-n'), [po] = h.podsOf('sa-o');
    h.eq([pn.spec.serviceAccountName, pn.spec.serviceAccount], ['builder', 'builder'], 'pod of n');
    h.eq([po.spec.serviceAccountName, po.spec.serviceAccount], ['robot', 'robot'], 'pod of o');
  },
};
