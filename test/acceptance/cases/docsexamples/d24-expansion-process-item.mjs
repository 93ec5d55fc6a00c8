// Task "Parallel Processing using Expansions" (job-tmpl.yaml expanded for apple, banana, cherry): three Jobs labelled
// jobgroup=jobexample (their own label, so no labels are copied from the template), pods labelled jobgroup=jobexample
// plus the generated ones and named process-item-<item>-xxxxx (the template's metadata.name is not used); each sleeps 5s
// and completes ("kubectl get jobs -l jobgroup=jobexample": COMPLETIONS 1/1).
export default {
  id: 'docsexamples/d24-expansion-process-item',
  source: 'kubernetes.io/docs/tasks/job/parallel-processing-expansion/; pkg/apis/batch/v1/defaults.go SetDefaults_Job (labels copied only when the Job has none); job_controller.go pod generateName',
  scenario: ['apple', 'banana', 'cherry'].map((item) => `
apiVersion: batch/v1
kind: Job
metadata:
  name: process-item-${item}
  labels:
    jobgroup: jobexample
spec:
  template:
    metadata:
      name: jobexample
      labels:
        jobgroup: jobexample
      annotations:
        jobsim/duration: "5s"
    spec:
      containers:
      - name: c
        image: busybox:1.28
        command: ["sh", "-c", "echo Processing item ${item} && sleep 5"]
      restartPolicy: Never
`).join('---'),
  check(r, h) {
    for (const item of ['apple', 'banana', 'cherry']) {
      const job = h.job(`process-item-${item}`);
      h.eq(job.metadata.labels, { jobgroup: 'jobexample' }, `${item} Job labels`);
      h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [1, 6], `${item} completed`);
      const pods = h.podsOf(`process-item-${item}`);
      h.eq(pods.length, 1, 'one pod');
      h.assert(new RegExp(`^process-item-${item}-[a-z0-9]{5}$`).test(pods[0].metadata.name), `pod name ${pods[0].metadata.name}`);
      h.eq([pods[0].metadata.labels.jobgroup, pods[0].metadata.labels['job-name'], pods[0].metadata.labels['batch.kubernetes.io/job-name']], ['jobexample', `process-item-${item}`, `process-item-${item}`], 'pod labels');
    }
  },
};
