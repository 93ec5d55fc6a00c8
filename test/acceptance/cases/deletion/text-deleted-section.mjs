// -o text: the "Deleted during the run" table lists each object kubectl get no longer shows, with the virtual time its
// deletion was asked for (for pods the request time, not deletionTimestamp = request + grace) and how it ended. A pod
// that is still Terminating (its node is down, nobody confirms the kill) stays in the kubectl table with STATUS
// Terminating instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 4m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 2m, nodeDown: w-1, for: 1h}
  timeline:
  - {at: 30s, delete: {kind: Job, name: gone}}
  - {at: 150s, delete: {kind: Job, name: stuck}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: gone}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: stuck}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: ttl}
spec:
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'deletion/text-deleted-section',
  source: 'README "The text report" (objects deleted during the run: when their deletion was asked for, how they ended); kubectl printPod (Terminating while deletionTimestamp is set and the phase is not terminal)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'deltxt-'));
    const file = join(dir, 'del.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status of -o text');
    const lines = out.stdout.split('\n');
    const gonePod = h.podsOf('gone')[0].metadata.name;
    const stuckPod = h.podsOf('stuck')[0].metadata.name;
    const ttlPod = h.podsOf('ttl')[0].metadata.name;
    const i = lines.findIndex((l) => /^Deleted during the run \(\d+\):$/.test(l));
    h.assert(i >= 0, 'a "Deleted during the run" section');
    h.eq(lines[i], 'Deleted during the run (5):', 'five objects gone');
    const rows = [];
    for (let k = i + 2; k < lines.length && lines[k].trim() !== ''; k++) rows.push(lines[k].trim().split(/\s{2,}/));
    h.eq(rows, [
      ['+00:00:16', 'job/ttl', 'Complete (CompletionsReached)'],
      ['+00:00:16', `pod/${ttlPod}`, 'Succeeded'],
      ['+00:00:30', 'job/gone', 'not finished'],
      ['+00:00:30', `pod/${gonePod}`, 'Failed'],
      ['+00:02:30', 'job/stuck', 'not finished'],
    ], 'deleted rows');
    const podRow = lines.find((l) => l.startsWith(`pod/${stuckPod} `)) ?? '';
    h.assert(/^pod\/\S+\s+1\/1\s+Terminating\s+0\s+4m\s/.test(podRow), `the stuck pod is still listed, Terminating: ${JSON.stringify(podRow)}`);
  },
};
