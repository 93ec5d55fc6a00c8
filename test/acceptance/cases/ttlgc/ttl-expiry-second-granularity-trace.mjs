// The TTL controller reads the finish time from the condition's lastTransitionTime, which the API server stores to the
// second. Job a's pod ends at 10.5s and the batched sync writes Complete at 11.5s: lastTransitionTime 00:00:11, so with
// ttlSecondsAfterFinished 1 it expires at 12.0s, not 12.5s. Job b's pod ends at 12.2s. In the trace, Job a's deletion
// (MODIFIED with a deletionTimestamp) comes before pod b's change to Succeeded.
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  ttlSecondsAfterFinished: 1
  template:
    metadata: {annotations: {jobsim/duration: 10500ms}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 12200ms}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc/ttl-expiry-second-granularity-trace',
  source: 'ttlafterfinished_controller.go jobFinishTime (condition LastTransitionTime, a metav1.Time serialized to seconds), timeLeft (expireAt = finish + TTL)',
  scenario,
  check(r, h) {
    h.eq(h.sec(h.hasCond(h.job('a'), 'Complete').lastTransitionTime), 11, 'Complete written at 11.5s, stored as 11s');
    h.eq(h.sec(h.job('a').metadata.deletionTimestamp), 12, 'deleted in second 12');
    const dir = mkdtempSync(join(tmpdir(), 'ttlgc-'));
    const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
    writeFileSync(f, scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'summary', '--trace', t], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit');
    const lines = readFileSync(t, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const del = lines.findIndex((l) => l.type === 'object' && l.kind === 'Job' && l.name === 'a' && l.object.metadata.deletionTimestamp);
    const podB = lines.findIndex((l) => l.type === 'object' && l.kind === 'Pod' && l.name.startsWith('b-') && l.object.status?.phase === 'Succeeded');
    h.assert(del >= 0 && podB >= 0, `trace lines found (${del}, ${podB})`);
    h.assert(del < podB, `Job a deleted (line ${del}) before pod b succeeds at 12.2s (line ${podB})`);
  },
};
