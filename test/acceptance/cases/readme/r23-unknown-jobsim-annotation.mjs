// README: "Any other `jobsim/` key is refused (a misspelt one would otherwise leave the defaults in force
// without a word)": exit 2, the line names the annotation, nothing simulated.
export default {
  id: 'readme/unknown-jobsim-annotation',
  source: 'README Scenario format (pod template annotations jobsim/duration, jobsim/exit-codes; any other jobsim/ key refused); CONTRACT §1 (exit 2)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/durations: "30s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing on stdout');
    h.assert(/:6:\d+: Job default\/j: .*jobsim\/durations/.test(r.stderr), 'names the key with its line: ' + r.stderr);
  },
};
