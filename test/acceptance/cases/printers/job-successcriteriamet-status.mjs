// STATUS SuccessCriteriaMet (kubectl >= 1.34, PR #132832): the successPolicy is met but Complete waits for the
// remaining pod, stuck Terminating on a stopped node; no completionTime yet, so DURATION counts from startTime.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: success-criteria}
spec:
  cluster:
    nodePools:
      - {name: w, count: 2, capacity: {cpu: "1", memory: 4Gi, pods: 10}}
  faults:
    - {at: 5s, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: scm}
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  successPolicy:
    rules:
      - succeededCount: 1
  template:
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-successcriteriamet-status',
  source: 'pkg/printers/internalversion/printers.go printJob (SuccessCriteriaMet status, kubernetes PR 132832); job_controller enactJobFinished (completionTime only with Complete)',
  args: ['--duration', '20m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '20m']);
    const j = rowOf(tableOf(out, 'job.batch'), 'job.batch/scm');
    h.eq([j.STATUS, j.COMPLETIONS, j.DURATION], ['SuccessCriteriaMet', '1/2', '20m'], 'scm row');
    const pods = tableOf(out, 'pod').rows;
    h.eq(pods.map((p) => [p.NODE, p.READY, p.STATUS]).sort(), [['w-1', '1/1', 'Terminating'], ['w-2', '0/1', 'Completed']], 'pods');
  },
};
