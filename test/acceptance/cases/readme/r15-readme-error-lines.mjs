// README "Invalid input is reported all at once, one line per problem": the three example lines
// (bad schedule, unknown field, missing restartPolicy) come out in one run, exit 2, in that shape.
// For the schedule, upstream validateScheduleFormat writes field.Invalid(fldPath, schedule, err.Error()),
// i.e. robfig's own text "end of range (25) above maximum (23): 25", which the line must contain.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'readme/readme-error-lines',
  source: 'README The command line (the three example error lines); pkg/apis/batch/validation validateScheduleFormat (cron.ParseStandard error text), ValidateJobSpec (restartPolicy); strict field validation (unknown field)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: typo}
spec:
  parallelizm: 3
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 25 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing on stdout');
    const lines = r.stderr.split('\n');
    const has = (re, what) => h.assert(lines.some((l) => re.test(l)), what + ': ' + r.stderr);
    has(/:5:3: Job default\/typo: spec\.parallelizm: strict decoding error: unknown field "spec\.parallelizm"$/, 'unknown field line');
    has(/:\d+:\d+: Job default\/x: spec\.template\.spec\.restartPolicy: Required value: valid values: "OnFailure", "Never"$/, 'restartPolicy line');
    has(/:23:3: CronJob default\/nightly: spec\.schedule: Invalid value: "0 25 \* \* \*": .*end of range \(25\) above maximum \(23\): 25\)?$/, 'schedule line');
  },
};
