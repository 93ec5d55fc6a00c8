// Contrast to bug-deleting-job-completes-counted-successes: a Job held by its own finalizer and deleted at 10.5s, half a
// second after index 0 succeeded (Indexed 2/2, successPolicy succeededIndexes "0"). The success policy is matched before
// the manageJob/deletion branch, so the deletion's immediate sync writes SuccessCriteriaMet (SuccessPolicy), deletes
// index 1's pod (terminating 1) and counts index 0; that pod exits on SIGTERM at once, and Complete is written by the
// batched sync still queued for 11.0s by index 0's success at 10.0s (the immediate sync does not cancel it), not 11.5s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 1h
    perIndex:
      "0": {duration: 10s}
  timeline:
  - {at: 10500ms, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/deleting-job-success-policy-completes',
  source: 'pkg/controller/job/job_controller.go syncJob (matchSuccessPolicy evaluated whatever the deletionTimestamp; finishedCondition -> deleteActivePods), trackJobStatusAndRemoveFinalizers (calculateSucceededIndexes: the Succeeded pod still has its finalizer), enactJobFinished (terminating > 0 delays Complete); apiserver markAsDeleting bumps generation (immediate sync: AddAfter(0) -> Add, the waiting 11.0s entry of the delaying queue stays)',
  args: ['--duration', '2m'],
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a2 r0 T0 s0 f0 st0',
      '1 a2 r2 T0 s0 f0 st0',
      '10 a0 r0 T1 s1 f0 st0 ci=0 SuccessCriteriaMet=True/SuccessPolicy@10/10',
      '11 a0 r0 T0 s1 f0 st0 ct11 ci=0 SuccessCriteriaMet=True/SuccessPolicy@10/10 Complete=True/SuccessPolicy@11/11',
    ], 'Job status writes');
    h.eq(r.metrics.jobs.durationSeconds.max, 11, 'Complete at 11.0s (the sync queued by the 10.0s pod update)');
    h.assert(h.job('j').metadata.deletionTimestamp, 'the Job is still there, held by its finalizer');
  },
};
