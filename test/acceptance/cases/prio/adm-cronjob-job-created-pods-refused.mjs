// The Priority admission concerns pods, not Jobs: a CronJob whose template names an unknown class
// creates its Jobs on schedule (they count as active), and each Job's pod creates are refused.
export default {
  id: 'prio/adm-cronjob-job-created-pods-refused',
  source: 'plugin/pkg/admission/priority/admission.go Admit (only podResource and workloads); cronjob_controllerv2.go syncCronJob (SuccessfulCreate "Created job %v", status.active); job_controller FailedCreate',
  args: ['--duration', '2m1s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          priorityClassName: missing-class
          containers: [{ name: c, image: busybox:1.36 }]
          restartPolicy: Never
`,
  check(r, h) {
    const cje = h.events({ kind: 'CronJob', name: 'nightly' });
    h.eq(cje.map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[60, 'SuccessfulCreate', 'Created job nightly-29453761'], [120, 'SuccessfulCreate', 'Created job nightly-29453762']], 'CronJob events');
    h.eq(h.events({ kind: 'Job', name: 'nightly-29453761' }).map((e) => h.sec(e.firstTimestamp)), [60, 61, 63, 67, 75, 91], 'first Job FailedCreate times');
    h.eq(h.events({ kind: 'Job', name: 'nightly-29453761' })[0].message, 'Error creating: pods "nightly-29453761-" is forbidden: no PriorityClass with name missing-class was found', 'message');
    h.eq(h.cronjob('nightly').status.active.map((a) => a.name), ['nightly-29453761', 'nightly-29453762'], 'both Jobs active');
    h.eq(h.of('Pod').length, 0, 'no pod');
  },
};
