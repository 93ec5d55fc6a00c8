// Concept page "Job template": it "has exactly the same schema as a Job, except that it is nested and does not have
// an apiVersion or kind". A reader who pastes a whole Job under jobTemplate (apiVersion, kind) is refused by
// kubectl apply's strict field validation: unknown field "spec.jobTemplate.apiVersion" and "spec.jobTemplate.kind";
// nothing is simulated.
export default {
  id: 'crondocs/jobtemplate-no-apiversion-kind',
  source: 'website cron-jobs.md "Job template"; k8s.io/api/batch/v1 JobTemplateSpec (metadata, spec only); apimachinery strict decoding ("strict decoding error: unknown field")',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    apiVersion: batch/v1
    kind: Job
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.assert(r.stderr.includes('unknown field "spec.jobTemplate.apiVersion"'), `apiVersion: ${r.stderr}`);
    h.assert(r.stderr.includes('unknown field "spec.jobTemplate.kind"'), `kind: ${r.stderr}`);
    h.assert(r.stderr.includes('CronJob default/hello'), `names the CronJob: ${r.stderr}`);
    h.eq(r.stdout, '', 'no result');
  },
};
