// SetDefaults_CronJob: Allow, suspend false, history 3 and 1; the jobTemplate's JobSpec is not defaulted
// (no SetDefaults_Job on a JobTemplateSpec), but the Jobs created from it are.
export default {
  id: 'validation/cronjob-defaults',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_CronJob; zz_generated.defaults.go SetObjectDefaults_CronJob (only the pod spec of the job template); reference cronjob-and-friends §1.1',
  args: ['--duration', '31m'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  schedule: "*/30 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq([cj.spec.concurrencyPolicy, cj.spec.suspend, cj.spec.successfulJobsHistoryLimit, cj.spec.failedJobsHistoryLimit], ['Allow', false, 3, 1], 'CronJob defaults');
    h.eq(cj.spec.timeZone, undefined, 'no timeZone default');
    h.eq(cj.spec.startingDeadlineSeconds, undefined, 'no startingDeadlineSeconds default');
    const jts = cj.spec.jobTemplate.spec;
    h.eq([jts.parallelism, jts.completions, jts.backoffLimit], [undefined, undefined, undefined], 'jobTemplate JobSpec not defaulted');
    h.eq(jts.template.spec.terminationGracePeriodSeconds, 30, 'jobTemplate pod spec defaulted');
    const jobs = h.jobsOf('cj');
    h.eq(jobs.length, 1, 'one Job at 00:30');
    h.eq(jobs[0].metadata.name, 'cj-29453790', 'Job name <cronjob>-<minutes since epoch>');
    h.eq([jobs[0].spec.parallelism, jobs[0].spec.completions, jobs[0].spec.backoffLimit], [1, 1, 6], 'created Job defaulted');
  },
};
