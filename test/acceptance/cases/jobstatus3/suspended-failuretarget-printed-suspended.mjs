// A Job can reach FailureTarget while suspended: one failure (10s, counted at 11s), the replacement (20s, 10s back-off)
// is let go by a suspension at 25s and keeps running (it ignores SIGTERM) until its work ends at 30s; backoffLimit lowered
// 3 -> 0 at 27s: the immediate sync finds failed 1 > 0, FailureTarget BackoffLimitExceeded, but the let-go pod is still
// terminating, so Failed waits until it is Failed (31s). In between kubectl get jobs shows STATUS Suspended: printJob
// tests Suspended before FailureTarget.
import { statusWrites } from '../../lib/statuswrites.mjs';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 25s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 27s, patch: {kind: Job, name: j, spec: {backoffLimit: 0}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 3
  template:
    metadata: {annotations: {jobsim/exit-codes: "1", jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/suspended-failuretarget-printed-suspended',
  source: 'pkg/controller/job/job_controller.go syncJob (exceedsBackoffLimit checked whatever spec.suspend; FailureTarget, enactJobFinished waits for CountTerminatingPods == 0; the let-go pod has no finalizer and is not counted), updateJob (generation change -> immediate sync); pkg/printers/internalversion/printers.go printJob (Complete, Failed, Terminating, Suspended, FailureTarget, ...)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0',
      '1 a1 r1 T0 s0 f0 st0',
      '11 a0 r0 T0 s0 f1 st0',
      '20 a1 r0 T0 s0 f1 st0',
      '21 a1 r1 T0 s0 f1 st0',
      '25 a0 r0 T1 s0 f1 st0 Suspended=True/JobSuspended@25/25',
      '27 a0 r0 T1 s0 f1 st0 Suspended=True/JobSuspended@25/25 FailureTarget=True/BackoffLimitExceeded@27/27',
      '31 a0 r0 T0 s0 f1 st0 Suspended=True/JobSuspended@25/25 FailureTarget=True/BackoffLimitExceeded@27/27 Failed=True/BackoffLimitExceeded@31/31',
    ], 'Job status writes');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '29s']), 'job.batch'), 'job.batch/j');
    h.eq([row.STATUS, row.COMPLETIONS, row.DURATION], ['Suspended', '0/1', '29s'], 'kubectl get jobs at 29s');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => `${h.sec(e.firstTimestamp)} ${e.reason}`), ['0 SuccessfulCreate', '20 SuccessfulCreate', '25 SuccessfulDelete', '25 Suspended', '31 BackoffLimitExceeded'], 'Job events');
  },
};
