// COMPLETIONS of an Indexed Job is status.succeeded / spec.completions even when it failed: with
// backoffLimitPerIndex 0 and index 1 always exiting 1, indexes 0 and 2 succeed and the Job is Failed
// (FailedIndexes) with COMPLETIONS 2/3; DURATION since startTime (no completionTime for a failed Job).
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: idx}
spec:
  behaviors:
    - selector: {matchLabels: {app: idx}}
      duration: 20s
      perIndex:
        "1": {exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: idx}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: idx}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/indexed-failed-index-completions',
  source: 'printers.go printJob (completions "%d/%d" from Status.Succeeded); job_controller FailedIndexes',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const j = h.job('idx');
    h.hasCond(j, 'Failed', 'FailedIndexes');
    h.eq([j.status.succeeded, j.status.completedIndexes, j.status.failedIndexes], [2, '0,2', '1'], 'status');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'job.batch'), 'job.batch/idx');
    h.eq([row.STATUS, row.COMPLETIONS, row.DURATION, row.AGE], ['Failed', '2/3', '10m', '10m'], 'idx row');
  },
};
