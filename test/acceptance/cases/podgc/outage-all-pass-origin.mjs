// The pod GC that comes back at 105s (controllerDown: all 30s-105s) runs its passes every 20s from its start: 105s,
// 125s, ... A pending pod (fits no node) carrying a user finalizer is evicted at 110s: never bound, it is deleted with
// grace 0 and kept by the finalizers. The Job controller (back too) counts it and drops its job-tracking finalizer;
// the pod GC's gcUnscheduledTerminating marks it Failed at the 125s pass, not at 120s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q7}
spec:
  duration: 3m
  faults:
  - {at: 30s, controllerDown: all, for: 75s}
  - {at: 110s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      nodeSelector: {nowhere: "true"}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'podgc/outage-all-pass-origin',
  source: 'podgc gc_controller.go Run (wait.UntilWithContext from the controller start), gcUnscheduledTerminating -> markFailedAndDeletePod; README Outages',
  scenario,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.metadata.name, p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers], ['j-bn7wn', 'Failed', 110, ['example.com/hold']], 'pod');
    const dir = mkdtempSync(join(tmpdir(), 'pg-'));
    const file = join(dir, 's.yaml'), trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const rows = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((x) => x.type === 'object' && x.kind === 'Pod' && x.object.status.phase === 'Failed')
      .map((x) => h.sec(x.t));
    h.eq(rows[0], 125, 'Failed at the 125s pass');
  },
};
