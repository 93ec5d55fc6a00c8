// Two sidecars and two regular containers, all running: READY 4/4, STATUS Running; the Job counts the
// pod as ready (status.ready 1) since Ready needs the sidecars ready too.
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
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      - { name: logs, image: fluentbit:3.0, restartPolicy: Always }
      containers: [{ name: a, image: busybox:1.36 }, { name: b, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'sidecars/text-two-sidecars-two-mains',
  source: 'pkg/printers/internalversion/printers.go printPod (READY counts restartable init containers); pkg/kubelet/status/generate.go GenerateContainersReadyCondition (sidecars included); pkg/controller/job/job_controller.go countReadyPods (podutil.IsPodReady)',
  scenario,
  check(r, h) {
    h.eq(h.job('j').status.ready, 1, 'job status.ready');
    const dir = mkdtempSync(join(tmpdir(), 'sc21-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'text'], { encoding: 'utf8' }).stdout;
    const name = h.podsOf('j')[0].metadata.name;
    const row = out.split('\n').find((l) => l.startsWith(`pod/${name} `)) ?? '';
    h.eq(row.trim().split(/\s{2,}/).slice(0, 3), [`pod/${name}`, '4/4', 'Running'], `pod row ${JSON.stringify(row)}`);
  },
};
