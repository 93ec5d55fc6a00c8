// A merge patch removing metadata.namespace of CronJob team/cj: the empty namespace is filled from the request
// (ValidNamespace), so the patch is accepted and the label applied; it is not a change to "default".
export default {
  id: 'namespaces/ns35-timeline-patch-cronjob-namespace-null',
  source: 'apiserver registry/rest/meta.go ValidNamespace; rest/update.go BeforeUpdate (before strategy.ValidateUpdate)',
  args: ['--duration', '1m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  timeline:
  - {at: 20s, patch: {kind: CronJob, name: cj, namespace: team, metadata: {namespace: null, labels: {a: b}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: team}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const c = h.cronjob('cj', 'team');
    h.eq([c.metadata.namespace, c.metadata.labels?.a], ['team', 'b'], 'patched in place');
  },
};
