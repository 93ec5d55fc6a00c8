// A merge patch that renames the object is refused: the API server's patch handler checks the
// patched object's name against the URL ("the name of the object (other) does not match the name
// on the URL (j)"), a BadRequest; jobsim refuses the scenario at the patch's line.
export default {
  id: 'timeline/patch-metadata-name-rejected',
  source: 'apiserver endpoints/handlers/patch.go applyPatch -> checkName (rest.go: "the name of the object (%s) does not match the name on the URL (%s)")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ren}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, metadata: {name: other}}}
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
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l));
    h.eq(lines.length, 1, `one problem: ${r.stderr}`);
    h.assert(/^.*\.yaml:6:\d+: .*the name of the object \(other\) does not match the name on the URL \(j\)$/.test(lines[0]), lines[0]);
  },
};
