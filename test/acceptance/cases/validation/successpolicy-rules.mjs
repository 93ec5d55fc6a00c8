// successPolicy: Indexed only; rules required; each rule needs succeededIndexes or succeededCount; bounds.
export default {
  id: 'validation/successpolicy-rules',
  source: 'pkg/apis/batch/validation/validation.go validateSuccessPolicy, validateSuccessPolicyRule, parseIndexInterval',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: sp
spec:
  completionMode: Indexed
  completions: 5
  successPolicy:
    rules:
    - succeededIndexes: "0-2,7"
    - {}
    - succeededCount: 6
    - succeededIndexes: "1-3"
      succeededCount: 4
    - succeededIndexes: "3-1"
    - succeededIndexes: "2,2"
    - succeededIndexes: "x"
    - succeededIndexes: "0-1-2"
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: sp2
spec:
  completionMode: Indexed
  completions: 5
  successPolicy:
    rules: []
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: sp3
spec:
  completions: 5
  successPolicy:
    rules:
    - succeededCount: 1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const P = 'Job default/sp: spec.successPolicy.rules';
    const want = [
      `${P}[0].succeededIndexes: Invalid value: "0-2,7": error parsing succeededIndexes: too large index: "7"`,
      `${P}[1]: Required value: at least one of succeededCount or succeededIndexes must be specified`,
      `${P}[2].succeededCount: Invalid value: 6: must be less than or equal to 5 (the number of specified completions)`,
      `${P}[3].succeededCount: Invalid value: 4: must be less than or equal to 3 (the number of indexes in the specified succeededIndexes field)`,
      `${P}[4].succeededIndexes: Invalid value: "3-1": error parsing succeededIndexes: non-increasing order, previous: 3, current: 1`,
      `${P}[5].succeededIndexes: Invalid value: "2,2": error parsing succeededIndexes: non-increasing order, previous: 2, current: 2`,
      `${P}[6].succeededIndexes: Invalid value: "x": error parsing succeededIndexes: cannot convert string to integer for index: "x"`,
      `${P}[7].succeededIndexes: Invalid value: "0-1-2": error parsing succeededIndexes: the fragment "0-1-2" violates the requirement that an index interval can have at most two parts separated by '-'`,
      'Job default/sp2: spec.successPolicy.rules: Required value: at least one rules must be specified when the successPolicy is specified',
    ];
    for (const m of want) h.assert(lines.some((l) => l.endsWith(m)), `missing: ${m}`);
    h.assert(lines.some((l) => l.includes('Job default/sp3: spec.successPolicy: Invalid value: ') && l.endsWith(': requires indexed completion mode')), 'NonIndexed successPolicy');
  },
};
