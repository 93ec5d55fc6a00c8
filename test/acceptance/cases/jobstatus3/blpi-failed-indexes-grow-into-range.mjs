// Indexed 5/5, backoffLimitPerIndex 0: indexes 1, 2 and 3 fail at 5s, 10s and 15s (exit 1), indexes 0 and 4 succeed at
// 20s. failedIndexes is written "" from the first sync, then "1" (6s), "1,2" (11s) and "1-3" (16s), failed counting the
// failed indexes' pods; a failed index is not retried. When 0 and 4 succeed (21s: completedIndexes "0,4") every index is
// resolved: FailureTarget FailedIndexes and Failed in the same sync (nothing terminating), "Job has failed indexes".
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 20s
    perIndex:
      "1": {duration: 5s, exitCodes: [1]}
      "2": {duration: 10s, exitCodes: [1]}
      "3": {duration: 15s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/blpi-failed-indexes-grow-into-range',
  source: 'pkg/controller/job/indexed_job_utils.go calculateFailedIndexes, isIndexFailed (failure count >= backoffLimitPerIndex), orderedIntervals.String; job_controller.go syncJob ("failedIndexes.total() > 0 && failedIndexes.total()+succeededIndexes.total() >= completions" -> JobReasonFailedIndexes "Job has failed indexes"), trackJobStatusAndRemoveFinalizers (FailedIndexes pointer, needsFlush on change)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a5 r0 T0 s0 f0 st0 fi=',
      '1 a5 r5 T0 s0 f0 st0 fi=',
      '6 a4 r4 T0 s0 f1 st0 fi=1',
      '11 a3 r3 T0 s0 f2 st0 fi=1,2',
      '16 a2 r2 T0 s0 f3 st0 fi=1-3',
      '21 a0 r0 T0 s2 f3 st0 ci=0,4 fi=1-3 FailureTarget=True/FailedIndexes@21/21 Failed=True/FailedIndexes@21/21',
    ], 'Job status writes');
    h.eq(h.podsOf('j').length, 5, 'no index retried');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'FailedIndexes' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[21, 'Warning', 'Job has failed indexes']], 'Warning at Failed');
  },
};
