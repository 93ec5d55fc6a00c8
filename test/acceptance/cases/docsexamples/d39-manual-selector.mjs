// Job concept page, "Specifying your own Pod selector": Job "new" with manualSelector: true and selector controller-uid:
// a8f3d00d-... (the old Job's): no selector or labels are generated (no job-name labels), the Job's labels default to the
// template's, and its pods carry exactly the template labels.
export default {
  id: 'docsexamples/d39-manual-selector',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#specifying-your-own-pod-selector; pkg/registry/batch/job/strategy.go PrepareForCreate (generateSelector only without manualSelector); defaults.go SetDefaults_Job (labels from template)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: new
spec:
  manualSelector: true
  selector:
    matchLabels:
      controller-uid: a8f3d00d-c6d2-11e5-9f87-42010af00002
  template:
    metadata:
      labels:
        controller-uid: a8f3d00d-c6d2-11e5-9f87-42010af00002
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const lbl = { 'controller-uid': 'a8f3d00d-c6d2-11e5-9f87-42010af00002' };
    const job = h.job('new');
    h.eq([job.metadata.labels, job.spec.template.metadata.labels, job.spec.selector], [lbl, lbl, { matchLabels: lbl }], 'labels and selector');
    h.eq(h.podsOf('new').map((p) => p.metadata.labels), [lbl], 'pod labels');
    h.hasCond(job, 'Complete');
  },
};
