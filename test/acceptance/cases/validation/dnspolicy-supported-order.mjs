// validateDNSPolicy lists the supported values in its own order: ClusterFirstWithHostNet first.
export default {
  id: 'validation/dnspolicy-supported-order',
  source: 'pkg/apis/core/validation/validation.go validateDNSPolicy: validValues := []core.DNSPolicy{DNSClusterFirstWithHostNet, DNSClusterFirst, DNSDefault, DNSNone}',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: dns
spec:
  template:
    spec:
      restartPolicy: Never
      dnsPolicy: Host
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    h.assert(r.stderr.split('\n').some((l) => l.endsWith('Job default/dns: spec.template.spec.dnsPolicy: Unsupported value: "Host": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"')), r.stderr.slice(0, 300));
  },
};
