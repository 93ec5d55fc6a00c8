// CronJob status.active holds ObjectReferences made by ref.GetReference: kind, namespace (the Job's), name, uid,
// apiVersion, resourceVersion; lastScheduleTime is the slot. In namespace "prod" with a 1h Job still running at 1m30s.
export default {
  id: 'namespaces/ns10-cronjob-active-ref-namespace',
  source: 'cronjob_controllerv2.go syncCronJob (ref.GetReference(scheme.Scheme, jobResp); cronJob.Status.Active = append(...))',
  args: ['--duration', '1m30s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: prod}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 1h}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const c = h.cronjob('cj', 'prod');
    const j = h.job('cj-29453761', 'prod');
    h.eq(c.status.active.map((a) => [a.kind, a.namespace, a.name, a.uid, a.apiVersion]), [['Job', 'prod', 'cj-29453761', j.metadata.uid, 'batch/v1']], 'active');
    h.eq(c.status.lastScheduleTime, '2026-01-01T00:01:00Z', 'lastScheduleTime');
    h.eq(j.metadata.ownerReferences, [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'cj', uid: c.metadata.uid, controller: true, blockOwnerDeletion: true }], 'job owner');
    h.eq(j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:01:00Z', 'scheduled annotation');
  },
};
