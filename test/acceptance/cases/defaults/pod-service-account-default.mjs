// The ServiceAccount admission plugin (enabled by default) sets serviceAccountName "default" on a pod without one,
// and the v1 conversion mirrors it into the deprecated serviceAccount field.
export default {
  id: 'defaults/pod-service-account-default',
  source: 'plugin/pkg/admission/serviceaccount/admission.go Admit ("if len(pod.Spec.ServiceAccountName) == 0 { pod.Spec.ServiceAccountName = DefaultServiceAccountName }"); pkg/apis/core/v1/conversion.go Convert_core_PodSpec_To_v1_PodSpec (out.DeprecatedServiceAccount = in.ServiceAccountName)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: sa}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const t = h.job('sa').spec.template.spec;
    h.eq([t.serviceAccountName, t.serviceAccount], [undefined, undefined], 'template: no service account (admission runs on pods)');
    const [p] = h.podsOf('sa');
    h.eq([p.spec.serviceAccountName, p.spec.serviceAccount], ['default', 'default'], 'pod [serviceAccountName, serviceAccount]');
  },
};
