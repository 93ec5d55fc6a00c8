// Contract §1: on invalid input, every problem of every document on stderr as file:line:col: Kind ns/name: path: problem,
// exit 2, nothing simulated (stdout empty), no stack trace.
export default {
  id: 'validation/error-format',
  source: 'CONTRACT.md §1 (exit 2, file:line:col, every problem); README "Invalid input is reported all at once"',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: one
  namespace: team-a
spec:
  backoffLimit: -1
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        imagePullPolcy: Always
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: two
spec:
  schedule: "61 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'stdout empty');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: (Job|CronJob) /.test(l));
    h.eq(probs.length, 3, `three problems: ${r.stderr.slice(0, 500)}`);
    h.assert(probs.some((l) => /\.yaml:7:3: Job team-a\/one: spec\.backoffLimit: Invalid value: -1: must be greater than or equal to 0$/.test(l)), 'backoffLimit line 7 col 3');
    h.assert(probs.some((l) => /\.yaml:14:9: Job team-a\/one: spec\.template\.spec\.containers\[0\]\.imagePullPolcy: .*unknown field "spec\.template\.spec\.containers\[0\]\.imagePullPolcy"$/.test(l)), 'unknown field line 14 col 9');
    h.assert(probs.some((l) => /\.yaml:21:3: CronJob default\/two: spec\.schedule: Invalid value: "61 \* \* \* \*": .*end of range \(61\) above maximum \(59\): 61/.test(l)), 'schedule line 21 col 3');
    h.assert(!/^\s+at /m.test(r.stderr), 'no stack trace');
  },
};
