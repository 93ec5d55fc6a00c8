// Indexed 1/1, backoffLimitPerIndex 1, exit codes 1, 1, 0. The first pod fails at 10s; its deletion is delayed (tracking
// finalizer kept, failed not counted: 11s writes active 0, failed 0) until a replacement exists. A suspension at 15s
// deletes no pod (none is active) and does not release it (getPodsWithDelayedDeletionPerIndex ignores suspension), so
// the resume at 40s creates the replacement with job-index-failure-count "1", and the old pod is counted at 41s
// (failed 1). The replacement fails at 50s: 1 >= backoffLimitPerIndex, index 0 failed, every index resolved:
// failedIndexes "0", FailureTarget and Failed (FailedIndexes) at 51s: the index is not retried a third time.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 15s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 40s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 1
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/blpi-delayed-failure-survives-suspension',
  source: 'pkg/controller/job/indexed_job_utils.go getPodsWithDelayedDeletionPerIndex (failed pods of indexes with no active pod, no suspension check), addIndexFailureCountAnnotation, isIndexFailed; job_controller.go canRemoveFinalizer (delayed pod kept), manageJob suspend branch (activePods only), syncJob FailedIndexes',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0 fi=',
      '1 a1 r1 T0 s0 f0 st0 fi=',
      '11 a0 r0 T0 s0 f0 st0 fi=',
      '15 a0 r0 T0 s0 f0 st0 fi= Suspended=True/JobSuspended@15/15',
      '40 a1 r0 T0 s0 f0 st40 fi= Suspended=False/JobResumed@40/40',
      '41 a1 r1 T0 s0 f1 st40 fi= Suspended=False/JobResumed@40/40',
      '51 a0 r0 T0 s0 f2 st40 fi=0 Suspended=False/JobResumed@40/40 FailureTarget=True/FailedIndexes@51/51 Failed=True/FailedIndexes@51/51',
    ], 'Job status writes');
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']]), [[0, '0'], [40, '1']], 'the replacement inherits the failure count');
  },
};
