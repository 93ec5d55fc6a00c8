// manualSelector: true: the registry strategy generates neither the selector nor the job-name/controller-uid labels;
// the Job's labels default to the template's (SetDefaults_Job), and the pods carry only the template labels.
export default {
  id: 'defaults/job-manual-selector',
  source: 'pkg/registry/batch/job/strategy.go generateSelectorIfNeeded (only when !*ManualSelector); pkg/apis/batch/v1/defaults.go SetDefaults_Job (obj.Labels = template labels when empty)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: man}
spec:
  manualSelector: true
  selector:
    matchLabels: {app: man}
  template:
    metadata:
      labels: {app: man}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const j = h.job('man');
    h.eq(j.spec.selector, { matchLabels: { app: 'man' } }, 'selector as given');
    h.eq(j.spec.template.metadata.labels, { app: 'man' }, 'template labels untouched');
    h.eq(j.metadata.labels, { app: 'man' }, 'Job labels from the template');
    const [p] = h.podsOf('man');
    h.eq(p.metadata.labels, { app: 'man' }, 'pod labels');
  },
};
