// The Job's spec is a deep copy of jobTemplate.spec (explicit backoffLimit 2, ttlSecondsAfterFinished 600,
// activeDeadlineSeconds 300 kept), then SetDefaults_Job fills the rest at the Job's creation.
export default {
  id: 'jobstatus2/cronjob-job-spec-copied-and-defaulted',
  source: 'pkg/controller/cronjob/utils.go getJobFromTemplate2 (cj.Spec.JobTemplate.Spec.DeepCopyInto(&job.Spec)); pkg/apis/batch/v1/defaults.go SetDefaults_Job',
  args: ['--duration', '90s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      backoffLimit: 2
      ttlSecondsAfterFinished: 600
      activeDeadlineSeconds: 300
      template:
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`,
  check(r, h) {
    const s = h.job('cj-29453761').spec;
    h.eq([s.backoffLimit, s.ttlSecondsAfterFinished, s.activeDeadlineSeconds, s.completions, s.parallelism, s.completionMode, s.suspend, s.manualSelector, s.podReplacementPolicy], [2, 600, 300, 1, 1, 'NonIndexed', false, false, 'TerminatingOrFailed'], 'Job spec');
    const t = h.cronjob('cj').spec.jobTemplate.spec;
    h.eq(['completions', 'parallelism', 'suspend'].filter((k) => k in t), [], 'CronJob template not defaulted');
  },
};
