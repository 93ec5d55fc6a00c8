// Concept page: "the name must be no longer than 52 characters. This is because the CronJob controller will
// automatically append 11 characters". A 52-character CronJob works: its Job is <name>-<minutes since epoch>
// (61 characters in 2026: the v2 controller appends 9, not 11), and the Job's pods are generated from
// "<job>-", which the API server cuts to 58 characters before the 5 random ones: the pod name is 63 characters and
// does NOT contain the whole Job name; the job-name labels still carry the full 61-character Job name.
const name = 'nightly-analytics-warehouse-backup-to-object-storage';
export default {
  id: 'crondocs/name-52-job-and-pod-names',
  source: 'website cron-jobs.md (52-character name); validation.go ValidateCronJobCreate (DNS1035LabelMaxLength-11); cronjob_controllerv2.go getJobName; apiserver storage/names/generate.go GenerateName (base cut to maxGeneratedNameLength 58) with job_controller GenerateName job.Name+"-"',
  args: ['--duration', '1m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(name.length, 52, 'the CronJob name is 52 characters');
    const jobName = `${name}-29453761`;
    const j = h.job(jobName);
    h.eq(jobName.length, 61, 'Job name length');
    const pods = h.podsOf(jobName);
    h.eq(pods.length, 1, 'one pod');
    const p = pods[0].metadata.name;
    h.eq(p.length, 63, `pod name length (${p})`);
    h.eq(p.slice(0, 58), jobName.slice(0, 58), 'pod name starts with the first 58 characters of "<job>-"');
    h.assert(/^[a-z0-9]{5}$/.test(p.slice(58)), `5 random characters: ${p}`);
    h.eq([pods[0].metadata.labels['job-name'], pods[0].metadata.labels['batch.kubernetes.io/job-name']], [jobName, jobName], 'job-name labels');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).map((e) => e.message), [`Created pod: ${p}`], 'Created pod event');
    h.hasCond(j, 'Complete');
  },
};
