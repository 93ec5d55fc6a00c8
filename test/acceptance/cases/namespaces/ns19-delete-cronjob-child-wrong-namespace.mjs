// The "<cronjob>-<minutes>" exception is per namespace: deleting cj-29453761 in namespace b, where no CronJob cj is
// declared, is a load error (jobs.batch not found), even though a/cj will create a Job of that name.
export default {
  id: 'namespaces/ns19-delete-cronjob-child-wrong-namespace',
  source: 'README timeline ("delete may name a Job a declared CronJob will create"); object keys are namespace/name',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 3m
  timeline:
  - {at: 1m40s, delete: {kind: Job, name: cj-29453761, namespace: b}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: a}
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
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['7:37: Simulation d: spec.timeline[0].delete.name: jobs.batch "cj-29453761" not found'], 'problems');
  },
};
