// Empty documents and comment-only documents between real ones are skipped, as kubectl skips them:
// the Job still runs (exit 0).
export default {
  id: 'inputerrors/yaml-empty-documents-skipped',
  source: 'k8s.io/apimachinery yaml.NewYAMLOrJSONDecoder / kubectl resource builder (empty documents ignored)',
  scenario: `---
---
# nothing here
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
---
`,
  check(r, h) {
    h.hasCond(h.job('j'), 'Complete');
    h.eq(r.counts.Job, 1, 'one Job');
  },
};
