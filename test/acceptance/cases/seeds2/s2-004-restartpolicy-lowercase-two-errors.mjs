// Seed 004 says "restartPolicy: Must be NeverorOnFailure" (its words run together); a learner writing the value in
// lower case ("never") gets two errors from the API server for the same field: the pod template's own check
// (ValidatePodTemplateSpec -> ValidatePodSpec -> validateRestartPolicy: Always, OnFailure, Never) and then the Job's
// (OnFailure, Never). jobsim reports only the Job's.
export default {
  id: 'seeds2/s2-004-restartpolicy-lowercase-two-errors',
  source: 'seed 004 "restartPolicy: Must be Never or OnFailure"; pkg/apis/core/validation/validation.go ValidatePodSpec (validateRestartPolicy: NotSupported with "Always", "OnFailure", "Never"); pkg/apis/batch/validation/validation.go validateJobSpec (ValidatePodTemplateSpec, then NotSupported "OnFailure", "Never")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: never
  backoffLimit: 4
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing on stdout');
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/pi-calculator'));
    h.eq(lines.map((l) => l.replace(/^.*Job default\/pi-calculator: /, '')), [
      'spec.template.spec.restartPolicy: Unsupported value: "never": supported values: "Always", "OnFailure", "Never"',
      'spec.template.spec.restartPolicy: Unsupported value: "never": supported values: "OnFailure", "Never"',
    ], 'problems');
  },
};
