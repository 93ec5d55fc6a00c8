// A patch listed before the create of its Job at the same instant runs first and finds nothing:
// the scenario is refused at the patch with the kubectl NotFound wording.
export default {
  id: 'timeline/patch-before-create-same-instant',
  source: 'CONTRACT.md §2 timeline; README ("Every name a timeline action refers to must exist at that point of the timeline"); kubectl NotFound jobs.batch "x" not found',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pc}
spec:
  timeline:
  - {at: 1h, patch: {kind: Job, name: late, spec: {suspend: true}}}
  - at: 1h
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, ['6: Simulation pc: spec.timeline[0].patch.name: jobs.batch "late" not found'], 'problems');
  },
};
