// Seed 002 backup-job ("your-backup-image:latest", so imagePullPolicy Always) on a cluster where pulling takes 30s: the
// pod is bound at once but stays Pending with its container waiting in ContainerCreating (kubectl STATUS
// ContainerCreating, READY 0/1) while the Job shows Running 0/1 (active 1, ready 0); Pulled at +30s "Successfully
// pulled image ... in 30s (30s including waiting)", the container runs 30-40s and the Job completes at +41s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: pull
spec:
  latencies:
    imagePull: 30s
---
apiVersion: batch/v1
kind: Job
metadata:
  name: backup-job
spec:
  template:
    metadata:
      name: backup-pod
    spec:
      containers:
        - name: backup-container
          image: your-backup-image:latest
          command: ['sh', '-c', './backup-script.sh']
      restartPolicy: Never
`;
export default {
  id: 'seeds2/s2-002-backup-image-pull-latency',
  source: 'seed 002 step 3; kubelet image_manager.go EnsureImageExists ("Pulling image %q", "Successfully pulled image %q in %v (%v including waiting)..."), kuberuntime ContainerCreating waiting reason; kubectl printers.go printPod (waiting reason)',
  scenario,
  check(r, h) {
    const [pod] = h.podsOf('backup-job');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [0, 'Scheduled', `Successfully assigned default/${pod.metadata.name} to ${pod.spec.nodeName}`],
      [0, 'Pulling', 'Pulling image "your-backup-image:latest"'],
      [30, 'Pulled', 'Successfully pulled image "your-backup-image:latest" in 30s (30s including waiting)'],
      [30, 'Created', 'Created container: backup-container'],
      [30, 'Started', 'Started container backup-container'],
    ], 'pod events');
    const t = pod.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(t.startedAt), h.sec(t.finishedAt)], [30, 40], 'container run');
    h.eq(h.sec(h.job('backup-job').status.completionTime), 41, 'completion');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'b.yaml');
    writeFileSync(file, scenario);
    const js = JSON.parse(spawnSync(bin, ['run', file, '--duration', '15s', '-o', 'json'], { encoding: 'utf8' }).stdout);
    const mp = js.items.find((o) => o.kind === 'Pod');
    h.eq([mp.status.phase, mp.status.containerStatuses[0].state], ['Pending', { waiting: { reason: 'ContainerCreating' } }], 'pod at +15s');
    const mj = js.items.find((o) => o.kind === 'Job');
    h.eq([mj.status.active, mj.status.ready], [1, 0], 'Job at +15s');
    const out = spawnSync(bin, ['run', file, '--duration', '15s', '-o', 'text'], { encoding: 'utf8' });
    const row = (p) => (out.stdout.split('\n').find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('pod/backup-job-').slice(1, 4), ['0/1', 'ContainerCreating', '0'], 'pod row');
    h.eq(row('job.batch/backup-job ').slice(1, 3), ['Running', '0/1'], 'Job row');
  },
};
