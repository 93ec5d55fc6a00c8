// e2e waitForJobsPodToDisappear lists a CronJob Job's pods by the label controller-uid=<job uid>: the pods carry both
// controller-uid and batch.kubernetes.io/controller-uid with their Job's uid, and the Job is owned by the CronJob.
export default {
  id: 'e2e/cronjob-pods-controller-uid',
  source: 'test/e2e/apps/cronjob.go waitForJobsPodToDisappear (LabelSelector controller-uid=%s); pkg/registry/batch/job/strategy.go generateSelector; reference job-controller §1.1, §12',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m30s
  timeline:
  - {at: 10s, patch: {kind: CronJob, name: test-api, metadata: {annotations: {patched: "true"}}}}
  - {at: 20s, patch: {kind: CronJob, name: test-api, metadata: {annotations: {updated: "true"}}}}
  - {at: 150s, delete: {kind: CronJob, name: test-api}}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: test-api
  labels: {special-label: cronjob-1234}
spec:
  schedule: "* */1 * * ?"
  concurrencyPolicy: Allow
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 0
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 1s}}
        spec:
          containers: [{name: c, image: busybox, command: [/bin/true]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    for (const j of h.jobsOf('test-api')) {
      const pods = h.podsOf(j.metadata.name);
      h.eq(pods.map((p) => [p.metadata.labels['controller-uid'], p.metadata.labels['batch.kubernetes.io/controller-uid'], p.metadata.labels['job-name']]), [[j.metadata.uid, j.metadata.uid, j.metadata.name]], `${j.metadata.name} pod labels`);
      h.eq(j.metadata.ownerReferences.map((o) => [o.kind, o.name, o.controller, o.blockOwnerDeletion]), [['CronJob', 'test-api', true, true]], 'owner');
    }
  },
};
