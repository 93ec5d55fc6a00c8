// onSigterm (behaviours) and jobsim/on-sigterm (annotations) take exit, ignore or a duration; anything
// else is reported at its line, with every other problem, and nothing runs.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: w}}
    onSigterm: soon
    perIndex:
      "1": {onSigterm: "-5s"}
---
apiVersion: batch/v1
kind: Job
metadata: {name: w}
spec:
  template:
    metadata:
      annotations: {jobsim/on-sigterm: never}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'sigterm/sg08-invalid-values',
  source: 'README scenario format (onSigterm, jobsim/on-sigterm); project bar (every problem at once, exit 2)',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    const form = 'must be exit, ignore or a duration (5s, 1m30s)';
    h.eq(lines, [
      `${at(7, 'onSigterm')}: Simulation s: spec.behaviors[0].onSigterm: Invalid value: "soon": ${form}`,
      `${at(9, 'onSigterm')}: Simulation s: spec.behaviors[0].perIndex[1].onSigterm: Invalid value: "-5s": ${form}`,
      `${at(17, 'jobsim/on-sigterm')}: Job default/w: spec.template.metadata.annotations[jobsim/on-sigterm]: Invalid value: "never": ${form}`,
    ], 'problems');
  },
};
