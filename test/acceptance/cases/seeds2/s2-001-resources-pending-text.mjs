// Seeds 000/001 resource requests: seed 001's parallel Job with 3-CPU requests at +5s: 5 pods created, 3 bound and
// running (one per 4-CPU node), 2 Pending with PodScheduled=False Unschedulable and the scheduler's message; the Job
// counts active 5 but ready 3; kubectl shows the two as Pending with NODE <none>.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  parallelism: 5
  completions: 20
  template:
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
        resources:
          requests: { cpu: "3", memory: 1Gi }
          limits: { cpu: "3", memory: 1Gi }
      restartPolicy: OnFailure
  backoffLimit: 3
`;
export default {
  id: 'seeds2/s2-001-resources-pending-text',
  source: 'seed 001 §3 resource control; kube-scheduler (PodScheduled False, reason Unschedulable, fit error message); job_controller.go (active counts pending pods, ready counts Ready ones); kubectl printers.go printPod',
  args: ['--duration', '5s'],
  scenario,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq([job.status.active, job.status.ready], [5, 3], 'Job status');
    const pending = h.podsOf('data-processing-job').filter((p) => !p.spec.nodeName);
    h.eq(pending.length, 2, 'two unbound pods');
    const c = pending[0].status.conditions.find((x) => x.type === 'PodScheduled');
    h.eq([pending[0].status.phase, c.status, c.reason, c.message], ['Pending', 'False', 'Unschedulable', '0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.'], 'PodScheduled');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'job.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '5s', '-o', 'text'], { encoding: 'utf8' });
    const rows = out.stdout.split('\n').filter((l) => l.startsWith('pod/')).map((l) => l.trim().split(/\s{2,}/));
    h.eq(rows.filter((x) => x[2] === 'Pending').map((x) => [x[1], x[3], x[6]]), [['0/1', '0', '<none>'], ['0/1', '0', '<none>']], 'Pending rows');
    h.eq(rows.filter((x) => x[2] === 'Running').length, 3, 'Running rows');
  },
};
