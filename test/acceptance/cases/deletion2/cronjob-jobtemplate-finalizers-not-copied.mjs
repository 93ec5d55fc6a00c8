// The CronJob controller builds a Job from spec.jobTemplate copying only its labels and annotations (plus the scheduled-
// timestamp annotation and the controller reference): jobTemplate.metadata.finalizers are not copied. So deleting the
// CronJob at 12m lets the garbage collector remove its running Job at once (no finalizer to hold it, generation 1) and
// delete the pod (grace 30).
export default {
  id: 'deletion2/cronjob-jobtemplate-finalizers-not-copied',
  source: 'pkg/controller/cronjob/utils.go getJobFromTemplate2 (ObjectMeta: Labels, Annotations, Name, CreationTimestamp, OwnerReferences only); garbagecollector attemptToDeleteItem',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 15m
  timeline:
  - {at: 12m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    metadata: {finalizers: [example.com/keep], labels: {team: a}}
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('cj-29453770');
    h.eq(j.metadata.labels.team, 'a', 'labels copied');
    h.eq([j.metadata.finalizers, h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [undefined, 720, 1], 'no finalizer: removed at once');
    const p = h.podsOf('cj-29453770')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [750, 30], 'pod collected');
  },
};
