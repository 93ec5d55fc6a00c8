// A timeline patch addressing namespace "other" does not find team/j (as kubectl patch -n other: NotFound), and a
// delete without namespace looks in default, not in team.
export default {
  id: 'namespaces/ns11-timeline-patch-wrong-namespace',
  source: 'CONTRACT §2 timeline; README ("Every name a timeline action refers to must exist"); apiserver NotFound ("%s %q not found")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
  timeline:
  - {at: 10s, patch: {kind: Job, name: j, namespace: other, spec: {suspend: true}}}
  - {at: 20s, delete: {kind: CronJob, name: cj}}
  - {at: 30s, patch: {kind: Job, name: j, namespace: team, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
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
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['7:34: Simulation t: spec.timeline[0].patch.name: jobs.batch "j" not found', '8:39: Simulation t: spec.timeline[1].delete.name: cronjobs.batch "cj" not found'], 'problems');
  },
};
