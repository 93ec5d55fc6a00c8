// The contract: every problem at once. One Job breaking eight upstream rules at once (spec fields,
// template, containers), and a second, valid-looking CronJob with two: all ten lines, each at its
// own line:col, sorted by position (jobsim's documented order), then the count line.
export default {
  id: 'validationtables/multi-error-all-reported-in-order',
  source: 'CONTRACT §1 (exit 2: every problem found, file:line:col, field path); pkg/apis/batch/validation/validation.go validateJobSpec (errors accumulate, no early return); core ValidatePodSpec',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: many
spec:
  parallelism: -1
  completions: -2
  backoffLimit: -3
  activeDeadlineSeconds: -4
  ttlSecondsAfterFinished: -5
  podReplacementPolicy: Sometimes
  template:
    spec:
      restartPolicy: Always
      dnsPolicy: Weird
      containers:
      - name: Bad_Name
        image: ""
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  schedule: "0 0 * * *"
  startingDeadlineSeconds: -1
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Sometimes
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.trim().split('\n').filter((l) => !/npm warn/i.test(l));
    const want = [
      [6, 'Job default/many: spec.parallelism: Invalid value: -1: must be greater than or equal to 0'],
      [7, 'Job default/many: spec.completions: Invalid value: -2: must be greater than or equal to 0'],
      [8, 'Job default/many: spec.backoffLimit: Invalid value: -3: must be greater than or equal to 0'],
      [9, 'Job default/many: spec.activeDeadlineSeconds: Invalid value: -4: must be greater than or equal to 0'],
      [10, 'Job default/many: spec.ttlSecondsAfterFinished: Invalid value: -5: must be greater than or equal to 0'],
      [11, 'Job default/many: spec.podReplacementPolicy: Unsupported value: "Sometimes": supported values: "Failed", "TerminatingOrFailed"'],
      [14, 'Job default/many: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'],
      [15, 'Job default/many: spec.template.spec.dnsPolicy: Unsupported value: "Weird": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'],
      [17, `Job default/many: spec.template.spec.containers[0].name: Invalid value: "Bad_Name": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`],
      [18, 'Job default/many: spec.template.spec.containers[0].image: Required value'],
      [26, 'CronJob default/cj: spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0'],
      [31, 'CronJob default/cj: spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'],
      [31, 'CronJob default/cj: spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "OnFailure", "Never"'],
    ];
    h.eq(lines.length, want.length + 1, `problem lines + count line: ${lines.join('\n')}`);
    want.forEach(([line, msg], i) => {
      const l = lines[i];
      const m = /^.*\.yaml:(\d+):(\d+): (.*)$/.exec(l);
      h.assert(m, `line ${i} has file:line:col: ${l}`);
      h.eq(Number(m[1]), line, `problem ${i} line (${l})`);
      h.eq(m[3], msg, `problem ${i} text`);
    });
    h.eq(lines[want.length], `${want.length} problem(s) found; nothing was simulated.`, 'count line');
  },
};
