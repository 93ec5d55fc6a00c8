// Contract §1/§2: errors in the Simulation document are input errors too, each with its line and column
// and the field path: unknown field (strict), bad duration, bad fault target, bad timeline time.
export default {
  id: 'contract/exit-2-simulation-errors',
  source: 'CONTRACT.md §1 (exit 2, file:line:col, every problem), §2 (Simulation fields; controllerDown cronjob | job | all)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: bad
spec:
  duration: 10q
  durration: 1h
  faults:
  - {at: 1h, controllerDown: scheduler, for: 5m}
  - {at: 1h, nodeDown: nope-1, for: 5m}
  timeline:
  - {at: soon, delete: {kind: Job, name: j}}
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
    h.eq(r.stdout, '', 'stdout empty');
    const want = [
      /\.yaml:6:3: Simulation bad: spec\.duration: .*"10q"/,
      /\.yaml:7:3: Simulation bad: spec\.durration: .*unknown field "spec\.durration"/,
      /\.yaml:9:\d+: Simulation bad: spec\.faults\[0\]\.controllerDown: .*"scheduler"/,
      /\.yaml:10:\d+: Simulation bad: spec\.faults\[1\]\.nodeDown: .*nope-1/,
      /\.yaml:12:\d+: Simulation bad: spec\.timeline\[0\]\.at: .*"soon"/,
    ];
    for (const re of want) h.assert(r.stderr.split('\n').some((l) => re.test(l)), `missing ${re}: ${r.stderr}`);
  },
};
