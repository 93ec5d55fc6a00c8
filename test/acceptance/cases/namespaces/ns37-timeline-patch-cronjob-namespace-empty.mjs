// metadata.namespace: "" in a patch of default/cj means the request namespace: the CronJob stays in "default".
// jobsim stores it with namespace "" (items and its events then carry namespace "").
export default {
  id: 'namespaces/ns37-timeline-patch-cronjob-namespace-empty',
  source: 'apiserver registry/rest/meta.go ValidNamespace (empty -> request namespace); client-go record makeEvent (namespace of the involved object)',
  args: ['--duration', '2m30s'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  timeline:
  - {at: 30s, patch: {kind: CronJob, name: cj, metadata: {namespace: "", labels: {c: d}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const c = r.items.find((o) => o.kind === 'CronJob');
    h.eq([c.metadata.namespace, c.metadata.labels?.c], ['default', 'd'], 'cronjob');
    for (const e of r.events.filter((x) => x.involvedObject.kind === 'CronJob')) h.eq([e.metadata.namespace, e.involvedObject.namespace], ['default', 'default'], e.reason);
  },
};
