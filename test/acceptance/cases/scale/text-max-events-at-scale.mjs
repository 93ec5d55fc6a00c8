// The text report at scale: "Events (12000):", only --max-events lines, then a line giving how many more.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 30s
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  completions: 2000
  parallelism: 2000
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`;
export default {
  id: 'scale/text-max-events-at-scale',
  source: 'README "The text report" (first 2,000 events, --max-events N); kubectl get -o wide rows',
  timeoutMs: 120000,
  scenario,
  check(r, h) {
    h.eq(r.events.length, 12000, 'events in JSON');
    const dir = mkdtempSync(join(tmpdir(), 'scale-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const run = (args) => spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const small = run(['--max-events', '5']);
    h.eq(small.status, 0, 'exit');
    const lines = small.stdout.split('\n');
    const i = lines.indexOf('Events (12000):');
    h.assert(i >= 0, 'Events (12000): header');
    h.eq(lines.slice(i + 2, i + 7).filter((l) => l.startsWith('+00:00:00') && l.includes('SuccessfulCreate')).length, 5, '5 event lines');
    h.eq(lines[i + 7], '... 11995 more events (use -o json or --trace)', 'more line');
    h.eq(lines.filter((l) => l.startsWith('pod/big-')).length, 2000, 'one table row per pod');
    const dflt = run([]);
    h.assert(dflt.stdout.includes('\n... 10000 more events (use -o json or --trace)\n'), 'default keeps 2000 events');
    h.assert(dflt.stdout.includes('objects created: CronJob 0, Job 1, Pod 2000, Node 20, Event 12000'), 'objects created line');
  },
};
