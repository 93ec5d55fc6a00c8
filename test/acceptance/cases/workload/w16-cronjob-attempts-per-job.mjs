// Attempts are counted per Job: every Job a CronJob creates starts again at the first exit code, so with
// jobsim/exit-codes "1,0" each scheduled Job has one failed pod then one succeeded pod.
export default {
  id: 'workload/cronjob-attempts-per-job',
  source: 'CONTRACT.md §2 (an attempt is the n-th pod of a NonIndexed Job); cronjob_controllerv2.go getJobFromTemplate2 (name <cronjob>-<minutes>)',
  args: ['--duration', '3m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1,0"}}
        spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const jobs = h.jobsOf('cj');
    h.eq(jobs.length, 3, 'three Jobs');
    for (const j of jobs) {
      const codes = h.podsOf(j.metadata.name).map((p) => p.status.containerStatuses[0].state.terminated.exitCode);
      h.eq(codes, [1, 0], `${j.metadata.name} exit codes`);
      h.eq([j.status.failed, j.status.succeeded], [1, 1], `${j.metadata.name} counters`);
    }
  },
};
