// hostUsers: false (a user namespace) refuses hostNetwork, hostPID and hostIPC, named as upstream names them.
export default {
  id: 'validation3/hostusers-false-host-namespaces-forbidden',
  source: 'pkg/apis/core/validation/validation.go validateHostUsers (called from ValidatePodSpec with the spec path: Forbidden hostNetwork, "HostPID", "HostIPC": "when `pod.Spec.HostUsers` is false"); UserNamespacesSupport on by default since 1.33',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: hu
spec:
  template:
    spec:
      restartPolicy: Never
      hostUsers: false
      hostNetwork: true
      hostPID: true
      hostIPC: true
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    const want = [
      'Job default/hu: spec.template.spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false',
      'Job default/hu: spec.template.spec.HostPID: Forbidden: when `pod.Spec.HostUsers` is false',
      'Job default/hu: spec.template.spec.HostIPC: Forbidden: when `pod.Spec.HostUsers` is false',
    ];
    for (const w of want) h.assert(lines.includes(w), `missing: ${w} (got ${JSON.stringify(lines)})`);
    h.eq(lines.length, 3, `three problems: ${JSON.stringify(lines)}`);
  },
};
