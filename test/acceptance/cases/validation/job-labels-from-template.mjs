// SetDefaults_Job gives a Job without labels its template's label map at decode time; the registry
// then adds the generated labels to that same map; a Job with its own labels keeps them.
export default {
  id: 'validation/job-labels-from-template',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job (labels copied from template when the Job has none); pkg/registry/batch/job/strategy.go generateSelector',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: lab}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: own, labels: {team: a}}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    // SetDefaults_Job gives the Job its template's label map itself, and generateSelector then
    // writes the generated labels into that map (see cronjob/job-labels-defaulted-from-template)
    const jl = h.job('lab').metadata.labels;
    h.eq([jl.app, jl['job-name'], jl['batch.kubernetes.io/job-name']], ['web', 'lab', 'lab'], 'Job labels: the template map with the generated labels');
    h.eq(h.job('own').metadata.labels, { team: 'a' }, 'own labels kept');
    const tl = h.job('lab').spec.template.metadata.labels;
    h.eq([tl.app, tl['job-name'], tl['batch.kubernetes.io/job-name']], ['web', 'lab', 'lab'], 'template labels merged with the generated ones');
  },
};
