// Anchors and aliases inside one document are plain YAML: the template's labels alias the Job's labels,
// so both the Job and its pod carry app=x.
export default {
  id: 'inputerrors2/yaml-anchor-within-document',
  source: 'YAML 1.1 anchors/aliases (go-yaml v2); Job controller copies template labels to pods',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a, labels: &l {app: x}}
spec:
  template:
    metadata: {labels: *l}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.job('a').metadata.labels.app, 'x', 'Job label');
    h.eq(h.podsOf('a')[0].metadata.labels.app, 'x', 'pod label');
  },
};
