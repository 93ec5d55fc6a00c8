// Negative counters are rejected all at once with ValidateNonnegativeField's text; exit 2, nothing on stdout.
const JOB = 'Job default/neg: ';
export default {
  id: 'validation/job-negative-fields',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (ValidateNonnegativeField); reference job-controller §1.2',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: neg
spec:
  parallelism: -1
  completions: -2
  backoffLimit: -3
  activeDeadlineSeconds: -5
  ttlSecondsAfterFinished: -7
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      [6, 'spec.parallelism: Invalid value: -1: must be greater than or equal to 0'],
      [7, 'spec.completions: Invalid value: -2: must be greater than or equal to 0'],
      [8, 'spec.backoffLimit: Invalid value: -3: must be greater than or equal to 0'],
      [9, 'spec.activeDeadlineSeconds: Invalid value: -5: must be greater than or equal to 0'],
      [10, 'spec.ttlSecondsAfterFinished: Invalid value: -7: must be greater than or equal to 0'],
    ];
    for (const [line, msg] of want) {
      h.assert(lines.some((l) => new RegExp(`:${line}:\\d+: `).test(l) && l.endsWith(JOB + msg)), `stderr line ${line} ends with ${JSON.stringify(JOB + msg)}: ${r.stderr.slice(0, 400)}`);
    }
    h.eq(lines.filter((l) => l.includes(JOB)).length, 5, 'exactly five problems reported');
    h.eq(r.stdout.trim(), '', 'stdout');
    h.assert(!/\n\s+at .+:\d+:\d+\)?$/m.test(r.stderr), 'no stack trace');
  },
};
