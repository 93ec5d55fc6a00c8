// namespace: default and an omitted namespace name the same CronJob: the second is refused (cronjobs.batch "nn" already exists);
// a Job "n" in the same namespace is another resource and is accepted.
export default {
  id: 'namespaces/ns07-explicit-default-duplicate',
  source: 'apiserver storage AlreadyExists ("%s %q already exists", cronjobs.batch); keys are resource/namespace/name',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: nn, namespace: default}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: nn}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nn}
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
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['24:12: CronJob default/nn: metadata.name: cronjobs.batch "nn" already exists'], 'problems');
  },
};
