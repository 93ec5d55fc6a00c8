// kubectl get jobs at three instants of one run: activeDeadlineSeconds 30, a pod that ignores SIGTERM (grace 30). At 20s
// STATUS Running, DURATION 20s; at 45s FailureTarget (written at 30s; Failed waits for the pod, SIGKILLed at 60s) with the
// DURATION still counting from startTime; at 90s Failed (written at 61s), and since a failed Job gets no completionTime,
// DURATION keeps counting: 90s. COMPLETIONS 0/1 throughout.
import { statusWrites } from '../../lib/statuswrites.mjs';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/kubectl-status-deadline-running-failuretarget-failed',
  source: 'pkg/printers/internalversion/printers.go printJob (STATUS: Complete, Failed, Terminating, Suspended, FailureTarget, SuccessCriteriaMet, else Running; DURATION: HumanDuration(time.Since(StartTime)) while CompletionTime is nil); job_controller.go syncJob (pastActiveDeadline -> FailureTarget, enactJobFinished waits for terminating pods; completionTime only for Complete)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0',
      '1 a1 r1 T0 s0 f0 st0',
      '30 a0 r0 T1 s0 f1 st0 FailureTarget=True/DeadlineExceeded@30/30',
      '61 a0 r0 T0 s0 f1 st0 FailureTarget=True/DeadlineExceeded@30/30 Failed=True/DeadlineExceeded@61/61',
    ], 'Job status writes');
    const at = (d) => { const x = rowOf(tableOf(runText(scenario, ['--duration', d]), 'job.batch'), 'job.batch/j'); return [x.STATUS, x.COMPLETIONS, x.DURATION, x.AGE]; };
    h.eq(at('20s'), ['Running', '0/1', '20s', '20s'], 'at 20s');
    h.eq(at('45s'), ['FailureTarget', '0/1', '45s', '45s'], 'at 45s');
    h.eq(at('90s'), ['Failed', '0/1', '90s', '90s'], 'at 90s');
    h.eq(h.job('j').status.completionTime, undefined, 'no completionTime for a failed Job');
  },
};
