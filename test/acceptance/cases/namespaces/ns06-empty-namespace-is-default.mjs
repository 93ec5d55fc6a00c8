// namespace: "" is no namespace: kubectl sends the object to the default namespace, so a second Job "j" with the
// namespace omitted is the same object (jobs.batch "j" already exists), while "j" in namespace "other" is not.
export default {
  id: 'namespaces/ns06-empty-namespace-is-default',
  source: 'CONTRACT §2 ("Namespace defaults to default"); apiserver rest.BeforeCreate (empty namespace set to the request namespace); storage AlreadyExists',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: ""}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: other}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['21:12: Job default/j: metadata.name: jobs.batch "j" already exists'], 'problems');
  },
};
