// README "The text report": the Job conditions section lists every change of a condition in the order it was made;
// a Job suspended (1m), resumed (2m) and suspended again (3m) shows Suspended three times, with the job
// controller's reasons and messages (JobSuspended "Job suspended", JobResumed "Job resumed").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sr}
spec:
  duration: 5m
  timeline:
    - {at: 1m, patch: {kind: Job, name: sr, spec: {suspend: true}}}
    - {at: 2m, patch: {kind: Job, name: sr, spec: {suspend: false}}}
    - {at: 3m, patch: {kind: Job, name: sr, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sr}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/conditions-suspend-resume-timeline',
  source: 'README "The text report" (every change of a Job condition; Suspended three times); pkg/controller/job/job_controller.go syncJob (JobSuspended "Job suspended", JobResumed "Job resumed")',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8' }).stdout;
    const lines = out.split('\n');
    const i = lines.indexOf('Job conditions, in the order they were set:');
    h.assert(i > 0, 'conditions section');
    h.eq(lines[i + 1].split(/\s{2,}/), ['TIME', 'JOB', 'CONDITION', 'REASON', 'MESSAGE'], 'conditions header');
    const rows = [];
    for (let k = i + 2; lines[k]; k++) rows.push(lines[k].split(/\s{2,}/));
    h.eq(rows, [
      ['+00:01:00', 'job/sr', 'Suspended=True', 'JobSuspended', 'Job suspended'],
      ['+00:02:00', 'job/sr', 'Suspended=False', 'JobResumed', 'Job resumed'],
      ['+00:03:00', 'job/sr', 'Suspended=True', 'JobSuspended', 'Job suspended'],
    ], 'condition rows');
    const c = h.job('sr').status.conditions.find((x) => x.type === 'Suspended');
    h.eq([c.status, c.reason, c.lastTransitionTime], ['True', 'JobSuspended', '2026-01-01T00:03:00Z'], 'the object keeps only the last transition');
  },
};
