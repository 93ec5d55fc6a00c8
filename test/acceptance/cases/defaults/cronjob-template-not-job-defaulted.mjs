// SetDefaults_Job runs on Jobs, not on a CronJob's jobTemplate: the CronJob keeps its jobTemplate.spec without
// completions/parallelism/backoffLimit/..., while the pod template inside it is defaulted; the Job it creates gets
// SetDefaults_Job at its own creation. SetDefaults_CronJob fills concurrencyPolicy, suspend and the history limits.
export default {
  id: 'defaults/cronjob-template-not-job-defaulted',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_CronJob, SetDefaults_Job (registered for *batchv1.Job only); zz_generated.defaults.go SetObjectDefaults_CronJob (pod template defaults only)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 90s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: every}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const cj = h.cronjob('every');
    h.eq([cj.spec.concurrencyPolicy, cj.spec.suspend, cj.spec.successfulJobsHistoryLimit, cj.spec.failedJobsHistoryLimit], ['Allow', false, 3, 1], 'CronJob defaults');
    const js = cj.spec.jobTemplate.spec;
    h.eq(['completions', 'parallelism', 'backoffLimit', 'completionMode', 'suspend', 'manualSelector', 'podReplacementPolicy', 'selector'].filter((k) => k in js), [], 'no Job defaults in jobTemplate.spec');
    h.eq([js.template.spec.dnsPolicy, js.template.spec.containers[0].imagePullPolicy], ['ClusterFirst', 'IfNotPresent'], 'pod template defaulted');
    h.eq(js.template.metadata?.labels, undefined, 'no generated labels in the CronJob template');
    const j = h.job('every-29453761');
    h.eq([j.spec.completions, j.spec.parallelism, j.spec.backoffLimit, j.spec.completionMode, j.spec.suspend, j.spec.manualSelector, j.spec.podReplacementPolicy], [1, 1, 6, 'NonIndexed', false, false, 'TerminatingOrFailed'], 'created Job defaulted');
    h.eq(j.spec.selector, { matchLabels: { 'batch.kubernetes.io/controller-uid': j.metadata.uid } }, 'created Job selector');
    h.eq(j.metadata.generation, 1, 'created Job generation');
  },
};
