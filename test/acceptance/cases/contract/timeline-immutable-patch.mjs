// README (timeline): patches are validated like kubectl patch; a change to an immutable field of the
// Job (completions of a NonIndexed Job; the template of a Job that has started) is an error at the
// patch's line; exit 2. Upstream messages: "field is immutable".
export default {
  id: 'contract/timeline-immutable-patch',
  source: 'README Scenario format (timeline patches validated like kubectl patch); pkg/apis/batch/validation ValidateJobSpecUpdate (ValidateImmutableField)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: imm}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {completions: 5}}}
  - {at: 3m, patch: {kind: Job, name: j, spec: {parallelism: -2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    h.assert(lines.some((l) => /\.yaml:6:\d+: Job default\/j: spec\.completions: Invalid value: 5: field is immutable$/.test(l)), r.stderr);
    h.assert(lines.some((l) => /\.yaml:7:\d+: Job default\/j: spec\.parallelism: Invalid value: -2: must be greater than or equal to 0$/.test(l)), r.stderr);
  },
};
