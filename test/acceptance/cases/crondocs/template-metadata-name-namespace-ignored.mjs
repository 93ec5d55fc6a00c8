// Job template metadata: only labels and annotations are "common metadata for the templated Jobs". A jobTemplate
// that also sets name, generateName, namespace and finalizers is accepted (the template's ObjectMeta is not validated)
// and those fields are ignored: the Job is <cronjob>-<minutes> in the CronJob's namespace, without the finalizer.
export default {
  id: 'crondocs/template-metadata-name-namespace-ignored',
  source: 'website cron-jobs.md "Job template"; validation.go ValidateJobTemplateSpec (validates spec only); utils.go getJobFromTemplate2 (fresh ObjectMeta: labels, annotations, name from getJobName, ownerReference); cronjob_controllerv2.go CreateJob(cronJob.Namespace, ...)',
  args: ['--duration', '1m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
  namespace: team-a
spec:
  schedule: "* * * * *"
  jobTemplate:
    metadata:
      name: custom
      generateName: custom-
      namespace: team-b
      finalizers: [example.com/keep]
      labels: {app: hello}
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.map((j) => [j.metadata.namespace, j.metadata.name]), [['team-a', 'hello-29453761']], 'the Job');
    const j = jobs[0];
    h.eq([j.metadata.generateName, j.metadata.finalizers, j.metadata.labels.app], [undefined, undefined, 'hello'], 'generateName and finalizers not copied, labels are');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.involvedObject.namespace, e.message]), [['team-a', 'Created job hello-29453761']], 'event');
    h.hasCond(j, 'Complete');
  },
};
