// JobTemplateSpec.metadata and PodTemplateSpec.metadata are ObjectMeta structs with omitempty: encoding/json never
// omits a struct, so an empty one is written as {} (since 1.33 its zero creationTimestamp is omitted, not null).
// An empty CronJob status is likewise written as {}.
export default {
  id: 'defaults/cronjob-empty-metadata-structs',
  source: 'staging/src/k8s.io/api/batch/v1/types.go JobTemplateSpec (metav1.ObjectMeta `json:"metadata,omitempty"`); core/v1 PodTemplateSpec; kubernetes PR #130989 "Omit null creationTimestamp" (1.33)',
  args: ['--duration', '30s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const cj = h.cronjob('hourly');
    h.eq(cj.spec.jobTemplate.metadata, {}, 'jobTemplate.metadata');
    h.eq(cj.spec.jobTemplate.spec.template.metadata, {}, 'jobTemplate.spec.template.metadata');
    h.eq(cj.status, {}, 'status');
  },
};
