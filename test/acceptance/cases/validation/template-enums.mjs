// Template enums and ranges: imagePullPolicy, dnsPolicy, pod activeDeadlineSeconds >= 1.
export default {
  id: 'validation/template-enums',
  source: 'pkg/apis/core/validation/validation.go validatePullPolicy, validateDNSPolicy, ValidatePodSpec activeDeadlineSeconds (InclusiveRangeError(1, MaxInt32))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: en
spec:
  template:
    spec:
      restartPolicy: Never
      activeDeadlineSeconds: 0
      dnsPolicy: Weird
      containers:
      - name: c
        image: busybox
        imagePullPolicy: Sometimes
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      'Job default/en: spec.template.spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive',
      'Job default/en: spec.template.spec.dnsPolicy: Unsupported value: "Weird": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
      'Job default/en: spec.template.spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
    ];
    for (const m of want) h.assert(lines.some((l) => l.endsWith(m)), `missing: ${m}`);
  },
};
