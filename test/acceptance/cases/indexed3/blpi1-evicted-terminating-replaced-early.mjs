// backoffLimitPerIndex 1, default podReplacementPolicy: index 1's pod is evicted at 5s (grace 30s) and ignores SIGTERM.
// It counts as failed while terminating, so its index is retried while it still runs. Its finish time is
// deletionTimestamp - grace = 5s (no container has terminated and it is still Ready), so the per-index delay (10s) ends
// at 15s: the replacement, failure-count "1", is created at 15s, before the old pod is killed at 35s. The old pod
// is counted failed once the replacement exists (failed 1 at 16s).
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev1}
spec:
  behaviors:
    - selector: {matchLabels: {app: ev1}}
      duration: 100s
      perIndex:
        "1": {duration: 1h, onSigterm: ignore}
  faults:
    - {at: 5s, evictPod: default/ev1-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ev1}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: ev1}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'indexed3/blpi1-evicted-terminating-replaced-early',
  source: 'pkg/controller/job/backoff_utils.go getFinishedTime (containers, Ready=False, then deletionTimestamp - deletionGracePeriodSeconds), getRemainingTimePerIndex; job_controller.go isPodFailed, canRemoveFinalizer (delayed deletion); reference §3.3, §3.4, §4, §6',
  scenario,
  args: ['--duration', '20s'],
  check(r, h) {
    const pods = h.podsOf('ev1');
    h.assert(pods.some((p) => p.metadata.name === 'ev1-1-vqbl8'), 'pod ev1-1-vqbl8 expected (seed names changed: update the fault)');
    const ix1 = pods.filter((p) => p.metadata.name.startsWith('ev1-1-'));
    h.eq(ix1.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase, p.metadata.deletionTimestamp !== undefined]),
      [[0, '0', 'Running', true], [15, '1', 'Running', false]], 'index 1 pods at 20s [created, failure-count, phase, deleting]');
    const job = h.job('ev1');
    h.eq([job.status.active, job.status.failed, job.status.terminating, job.status.failedIndexes], [2, 1, 1, ''], 'at 20s [active, failed, terminating, failedIndexes]');
  },
};
