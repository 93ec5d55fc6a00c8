// The same for a CronJob: a patch that moves it to another namespace is a BadRequest from BeforeUpdate
// ("the namespace of the provided object does not match the namespace sent on the request"), not a field error.
export default {
  id: 'namespaces/ns13-timeline-patch-namespace-change-cronjob',
  source: 'apiserver registry/rest/update.go BeforeUpdate (namespace check precedes strategy.ValidateUpdate)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
  timeline:
  - {at: 30s, patch: {kind: CronJob, name: cj, namespace: team, metadata: {namespace: x}}}
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
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(lines[0].includes('the namespace of the provided object does not match the namespace sent on the request'), `BadRequest wording: ${lines[0]}`);
  },
};
