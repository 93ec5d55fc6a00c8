// A merge patch that removes metadata.namespace (null) leaves it empty; BeforeUpdate's ValidNamespace fills in the
// request namespace, so the patch is accepted: team/j gets label a=b at 40s and stays in team.
export default {
  id: 'namespaces/ns14-timeline-patch-namespace-null',
  source: 'apiserver registry/rest/meta.go ValidNamespace (empty namespace set from the request); rest/update.go BeforeUpdate',
  args: ['--duration', '1m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  timeline:
  - {at: 40s, patch: {kind: Job, name: j, namespace: team, metadata: {namespace: null, labels: {a: b}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j', 'team');
    h.eq(j.metadata.namespace, 'team', 'namespace');
    h.eq(j.metadata.labels.a, 'b', 'label patched');
  },
};
