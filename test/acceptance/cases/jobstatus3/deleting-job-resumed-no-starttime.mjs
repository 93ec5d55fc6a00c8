// A Job created suspended and held by its own finalizer is deleted at 5s (it stays, with its deletionTimestamp) and resumed
// at 10s. syncJob sets startTime on its local copy (StartTime == nil && !suspended), but with a deletionTimestamp manageJob
// is not called, so the Suspended condition is not touched (suspendCondChanged false), active/ready/terminating are
// unchanged, and trackJobStatusAndRemoveFinalizers has nothing to flush: needsStatusUpdate is false and no status is written.
// The Job keeps no startTime (kubectl DURATION empty) and its Suspended=True/JobSuspended condition; no pod, no Resumed event.
import { statusWrites } from '../../lib/statuswrites.mjs';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  timeline:
  - {at: 5s, delete: {kind: Job, name: j}}
  - {at: 10s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/deleting-job-resumed-no-starttime',
  source: 'pkg/controller/job/job_controller.go syncJob ("Job first start" sets job.Status.StartTime locally; manageJob and the Suspended/Resumed block only when job.DeletionTimestamp == nil; needsStatusUpdate := suspendCondChanged || active != job.Status.Active || !ptr.Equal(ready) || !ptr.Equal(terminating): startTime is not part of it), trackJobStatusAndRemoveFinalizers/flushUncountedAndRemoveFinalizers (update only when needsFlush)',
  args: ['--duration', '2m'],
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a0 r0 T0 s0 f0 st- Suspended=True/JobSuspended@0/0',
    ], 'Job status writes: none after the resume');
    const j = h.job('j');
    h.eq(j.status.startTime, undefined, 'startTime never written');
    h.eq(h.podsOf('j').length, 0, 'no pod');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => e.reason), ['Suspended'], 'events');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '2m']), 'job.batch'), 'job.batch/j');
    h.eq([row.STATUS, row.COMPLETIONS, row.DURATION], ['Terminating', '0/1', ''], 'kubectl get jobs at 2m: no startTime, no DURATION');
  },
};
