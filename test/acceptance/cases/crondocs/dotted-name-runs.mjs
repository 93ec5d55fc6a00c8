// Concept page: "The name of a CronJob must be a valid DNS subdomain value, but this can produce unexpected results
// for the Pod hostnames. For best compatibility, the name should follow the more restrictive rules for a DNS label."
// A CronJob named "backup.v2" (a DNS subdomain, not a label) is accepted and, with a NonIndexed template, runs:
// Job "backup.v2-29453761", pod "backup.v2-29453761-xxxxx", completed.
export default {
  id: 'crondocs/dotted-name-runs',
  source: 'website cron-jobs.md (DNS subdomain name); validation.go ValidateCronJobCreate (ValidateReplicationControllerName = NameIsDNSSubdomain); cronjob_controllerv2.go getJobName',
  args: ['--duration', '1m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup.v2
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
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => e.message), ['Created job backup.v2-29453761'], 'created');
    const j = h.job('backup.v2-29453761');
    h.hasCond(j, 'Complete');
    const [p] = h.podsOf('backup.v2-29453761');
    h.assert(/^backup\.v2-29453761-[a-z0-9]{5}$/.test(p.metadata.name), `pod name ${p.metadata.name}`);
    h.eq(p.spec.hostname, undefined, 'no spec.hostname for a NonIndexed pod');
  },
};
