// -o text at the end of a run with: a Job deleted by its TTL (0) when it failed (11s), a Job held by its own finalizer
// after a delete (still listed by kubectl get, STATUS Terminating, its failed pod listed as Error: a terminal pod is not
// "Terminating" and this one was never deleted), and a CronJob deleted at 2m with its completed Job and pod collected by
// the garbage collector in the same second. The "Deleted during the run" table lists what kubectl no longer shows, with
// the time the deletion was asked for and how each ended; the CronJob row has no Job-like state.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 5s, delete: {kind: Job, name: held}}
  - {at: 2m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  backoffLimit: 0
  ttlSecondsAfterFinished: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: held, finalizers: [example.com/keep]}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30s"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'deletion2/text-deleted-and-held',
  source: 'README "The text report" (Deleted during the run: deletion request time, how it ended); printers.go printJob (Terminating when DeletionTimestamp set and not Complete/Failed), printPod (Terminating only for a non-terminal pod with DeletionTimestamp); ttlafterfinished_controller.go; garbagecollector',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'd2-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status of -o text');
    const lines = out.stdout.split('\n');
    const held = lines.find((l) => l.startsWith('job.batch/held ')) ?? '';
    h.assert(/^job\.batch\/held\s+Terminating\s+0\/1\s+5m\s+5m\s/.test(held), `held Job row: ${JSON.stringify(held)}`);
    const heldPod = h.podsOf('held')[0].metadata.name;
    const podRow = lines.find((l) => l.startsWith(`pod/${heldPod} `)) ?? '';
    h.assert(/^pod\/\S+\s+0\/1\s+Error\s+0\s+5m\s/.test(podRow), `held Job's pod row: ${JSON.stringify(podRow)}`);
    const i = lines.findIndex((l) => /^Deleted during the run \(\d+\):$/.test(l));
    h.assert(i >= 0, 'a "Deleted during the run" section');
    const rows = [];
    for (let k = i + 2; k < lines.length && lines[k].trim() !== ''; k++) rows.push(lines[k].trim().split(/\s{2,}/));
    const fPod = h.podsOf('f')[0].metadata.name;
    const cjPod = h.podsOf('cj-29453761')[0].metadata.name;
    h.eq(rows, [
      ['+00:00:11', 'job/f', 'Failed (BackoffLimitExceeded)'],
      ['+00:00:11', `pod/${fPod}`, 'Failed'],
      ['+00:02:00', 'cronjob/cj'],
      ['+00:02:00', 'job/cj-29453761', 'Complete (CompletionsReached)'],
      ['+00:02:00', `pod/${cjPod}`, 'Succeeded'],
    ], 'deleted rows');
  },
};
