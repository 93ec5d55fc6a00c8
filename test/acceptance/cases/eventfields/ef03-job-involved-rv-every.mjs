// Every job-controller event references the Job with a resourceVersion that the Job actually had when
// (or before) the event was recorded (GetReference of the informer/sync copy); never a later one and
// never missing. Covers SuccessfulCreate after a failure, SuccessfulDelete, Suspended, Resumed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rv}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: rv, spec: {suspend: true}}}
  - {at: 1m, patch: {kind: Job, name: rv, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: rv}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: 1m, jobsim/exit-codes: "1,0"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`;
export default {
  id: 'eventfields/ef03-job-involved-rv-every',
  source: 'client-go tools/reference/ref.go GetReference (ResourceVersion); job_controller.go syncJob (events on the Job copy of this sync: Suspended/Resumed before the status write), controller_utils.go CreatePods/DeletePod',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'ef03-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = readFileSync(join(dir, 't.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const seen = new Set();
    const reasons = [];
    for (const l of lines) {
      if (l.type === 'object' && l.kind === 'Job') seen.add(l.object.metadata.resourceVersion);
      if (l.type === 'event' && l.event.source.component === 'job-controller') {
        const e = l.event;
        reasons.push(e.reason);
        h.assert(typeof e.involvedObject.resourceVersion === 'string' && seen.has(e.involvedObject.resourceVersion), `${e.reason} at ${e.firstTimestamp}: involvedObject.resourceVersion ${JSON.stringify(e.involvedObject.resourceVersion)} is not one the Job had so far (${[...seen]})`);
      }
    }
    for (const x of ['SuccessfulCreate', 'SuccessfulDelete', 'Suspended', 'Resumed', 'Completed']) h.assert(reasons.includes(x), `a ${x} event (${reasons})`);
  },
};
