// kubectl's pod row while main and the sidecar run (after a plain init container): READY counts the
// sidecar (2/2: main + proxy; the plain init container is not counted), STATUS is Running, not
// "Init:1/2": a started sidecar ends the init part of printPod.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers:
      - { name: setup, image: busybox:1.36 }
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'sidecars/text-running-ready',
  source: 'pkg/printers/internalversion/printers.go printPod (totalContainers++ per restartable init container; a started restartable init container adds to readyContainers when ready and continues; "Init:%d/%d" only in the default branch)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'sc19-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'text'], { encoding: 'utf8' }).stdout;
    const name = h.podsOf('j')[0].metadata.name;
    const row = out.split('\n').find((l) => l.startsWith(`pod/${name} `)) ?? '';
    const cells = row.trim().split(/\s{2,}/);
    h.eq(cells.slice(0, 4), [`pod/${name}`, '2/2', 'Running', '0'], `pod row ${JSON.stringify(row)}`);
  },
};
