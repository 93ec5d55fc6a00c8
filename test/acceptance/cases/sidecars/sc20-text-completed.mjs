// kubectl's pod row after the Job completed: READY 0/2 (main + sidecar, neither ready), STATUS
// Completed: the sidecar's terminated 143 (reason Error) does not turn it into "Init:Error" because
// the pod's Initialized condition is True; the job row is Complete 1/1 after 21s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'sidecars/text-completed',
  source: 'pkg/printers/internalversion/printers.go printPod (terminated non-zero init container sets "Init:"+reason, but `!initializing || isPodInitializedConditionTrue` then takes the regular containers\' reason "Completed"), printJob',
  scenario,
  check(r, h) {
    h.eq(h.podsOf('j')[0].status.phase, 'Succeeded', 'phase');
    const dir = mkdtempSync(join(tmpdir(), 'sc20-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'text'], { encoding: 'utf8' }).stdout;
    const name = h.podsOf('j')[0].metadata.name;
    const row = out.split('\n').find((l) => l.startsWith(`pod/${name} `)) ?? '';
    h.eq(row.trim().split(/\s{2,}/).slice(0, 4), [`pod/${name}`, '0/2', 'Completed', '0'], `pod row ${JSON.stringify(row)}`);
    const jrow = out.split('\n').find((l) => l.startsWith('job.batch/j ')) ?? '';
    h.eq(jrow.trim().split(/\s{2,}/).slice(0, 4), ['job.batch/j', 'Complete', '1/1', '21s'], `job row ${JSON.stringify(jrow)}`);
  },
};
