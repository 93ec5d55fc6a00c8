// A required pod affinity term with an empty topologyKey: Required "can not be empty", then the label
// name checks of "" (empty name part, and the name-part regex).
const P = 'Job default/v: spec.template.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey';
const RE = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
export default {
  id: 'spread/validate-pod-affinity-topologykey',
  source: 'kubernetes/kubernetes pkg/apis/core/validation/validation.go validatePodAffinityTerm (Required "can not be empty" then unversionedvalidation.ValidateLabelName(topologyKey)); apimachinery validation.IsQualifiedName',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: { name: v }
spec:
  template:
    metadata: { labels: { app: web } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: web } }, topologyKey: "" }
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('podAffinity'));
    h.eq(lines.map((l) => l.slice(l.indexOf('Job default/v: '))), [
      `${P}: Required value: can not be empty`,
      `${P}: Invalid value: "": name part must be non-empty`,
      `${P}: Invalid value: "": ${RE}`,
    ], 'lines');
  },
};
