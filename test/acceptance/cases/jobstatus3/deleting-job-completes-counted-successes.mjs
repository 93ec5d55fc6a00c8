// A Job held by its own finalizer is deleted at 10.5s, half a second after both its pods succeeded (10s) and before the
// batched pod sync would have counted them. The deletion bumps the generation (immediate sync). syncJob skips only
// manageJob for a Job with a deletionTimestamp: it still counts the two Succeeded pods (they still have their tracking
// finalizer), and the completion check (succeeded 2 >= completions 2 && active == 0) is made whatever the
// deletionTimestamp, so the Job gets SuccessCriteriaMet and Complete in that sync (completionTime 10s) and the Normal
// Completed event; kubectl get jobs then shows STATUS Complete (tested before Terminating), DURATION 10s.
import { statusWrites } from '../../lib/statuswrites.mjs';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 1m
  timeline:
  - {at: 10500ms, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  parallelism: 2
  completions: 2
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/deleting-job-completes-counted-successes',
  source: 'pkg/controller/job/job_controller.go syncJob (else-branch: manageJob only if satisfiedExpectations && job.DeletionTimestamp == nil, then "complete = jobCtx.succeeded >= *job.Spec.Completions && active == 0" for every Job; finishedCondition = newSuccessCondition()), trackJobStatusAndRemoveFinalizers/enactJobFinished, recordJobFinished ("Completed", "Job completed"); pkg/printers/internalversion/printers.go printJob (Complete before Terminating)',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a2 r0 T0 s0 f0 st0',
      '1 a2 r2 T0 s0 f0 st0',
      '10 a0 r0 T0 s2 f0 st0 ct10 SuccessCriteriaMet=True/CompletionsReached@10/10 Complete=True/CompletionsReached@10/10',
    ], 'Job status writes');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'Completed' }).map((e) => h.sec(e.firstTimestamp)), [10], 'Completed event');
    h.eq(r.metrics.jobs.complete, 1, 'metrics.jobs.complete');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '1m']), 'job.batch'), 'job.batch/j');
    h.eq([row.STATUS, row.COMPLETIONS, row.DURATION], ['Complete', '2/2', '10s'], 'kubectl get jobs at 1m');
  },
};
