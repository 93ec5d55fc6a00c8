// README "The text report": the event log has virtual timestamps since the start. Past one day the
// offset must still be right: an event at 26h (a Job created by the timeline) and one at 49h. The README
// documents `+HH:MM:SS`; jobsim prints `+1d+02:00:00` (undocumented); either reading must give the offset.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: long}
spec:
  duration: 50h
  timeline:
  - {at: 26h, create: {apiVersion: batch/v1, kind: Job, metadata: {name: d1}, spec: {template: {spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}}}}}
  - {at: 49h, create: {apiVersion: batch/v1, kind: Job, metadata: {name: d2}, spec: {template: {spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}}}}}
`;
export default {
  id: 'results/text-long-run-offsets',
  source: 'README "The text report" (event log with virtual timestamps, +HH:MM:SS since the start)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'lro-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8' });
    const lines = p.stdout.split('\n');
    h.assert(lines[0].includes('(2d2h virtual, ended by duration)') || lines[0].includes('(50h0m0s virtual, ended by duration)') || /\(50h virtual/.test(lines[0]), `header: ${lines[0]}`);
    const parse = (s) => {
      let m = /^\+(\d+)d\+(\d{2}):(\d{2}):(\d{2})$/.exec(s);
      if (m) return +m[1] * 86400 + +m[2] * 3600 + +m[3] * 60 + +m[4];
      m = /^\+(\d{2,}):(\d{2}):(\d{2})$/.exec(s);
      return m ? +m[1] * 3600 + +m[2] * 60 + +m[3] : NaN;
    };
    const created = lines.filter((l) => /SuccessfulCreate\s+job\/d[12]\s/.test(l)).map((l) => parse(l.split(/\s+/)[0]));
    h.eq(created, [26 * 3600, 49 * 3600], 'offsets of the two SuccessfulCreate rows');
  },
};
