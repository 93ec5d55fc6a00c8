// Invalid input is reported "one line per problem". A property whose only field is an invalid
// maxFailed (-1) has one problem: that value, and gets only its own line, not also a claim that
// the property has none of its fields ("Required value: at least one of maxFailed, ..."). So do a
// property whose only field is an invalid completesWithin ("soon") or maxLateness ("-5m")
// (checklib/check-section-errors-more).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mfn}
spec:
  check:
    properties:
    - {job: j, maxFailed: -1}
    - {job: j, completesWithin: soon}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const strip = (s) => s.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*?\.yaml:/, ''));
export default {
  id: 'check2/invalid-maxfailed-not-also-missing',
  source: 'README invalid input (reported all at once, one line per problem); CONTRACT §1 (jobsim check exit 2; every problem found)',
  exit: 2,
  scenario,
  check(r, h) {
    const want = [
      '7:16: Simulation mfn: spec.check.properties[0].maxFailed: Invalid value: -1: must be greater than or equal to 0',
      '8:16: Simulation mfn: spec.check.properties[1].completesWithin: Invalid value: "soon": must be a duration such as 500ms, 90s, 1h30m or 7d',
    ];
    h.eq(strip(r.stderr), want, 'jobsim run');
    const dir = mkdtempSync(join(tmpdir(), 'mfn-'));
    writeFileSync(join(dir, 'm.yaml'), scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', 'm.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 2, 'check exit');
    h.eq(strip(p.stderr), want, 'jobsim check');
  },
};
