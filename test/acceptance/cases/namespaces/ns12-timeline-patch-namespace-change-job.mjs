// kubectl patch job j -n team -p '{"metadata":{"namespace":"x"}}': the API server refuses the update before any
// validation, in rest.BeforeUpdate: BadRequest "the namespace of the provided object does not match the namespace
// sent on the request". One problem, no selector/label errors (the stored selector is not re-derived).
export default {
  id: 'namespaces/ns12-timeline-patch-namespace-change-job',
  source: 'apiserver registry/rest/update.go BeforeUpdate (ValidNamespace / EnsureObjectNamespaceMatchesRequestNamespace -> errors.NewBadRequest)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, namespace: team, metadata: {namespace: x}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(lines[0].includes('the namespace of the provided object does not match the namespace sent on the request'), `BadRequest wording: ${lines[0]}`);
  },
};
