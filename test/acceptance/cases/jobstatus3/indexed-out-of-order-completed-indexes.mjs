// Indexed 3/3 whose indexes finish out of order (index 2 at 5s, index 0 at 10s, index 1 at 15s): each batched sync adds the
// new index to completedIndexes, kept as sorted intervals: "2" at 6s, "0,2" at 11s (not contiguous), "0-2" at 16s with
// SuccessCriteriaMet and Complete; succeeded is the number of completed indexes at every write.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 10s
    perIndex:
      "2": {duration: 5s}
      "1": {duration: 15s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/indexed-out-of-order-completed-indexes',
  source: 'pkg/controller/job/indexed_job_utils.go calculateSucceededIndexes, orderedIntervals.withOrderedIndexes / String ("a-b" only for 3+ consecutive indexes, "a,b" otherwise); job_controller.go trackJobStatusAndRemoveFinalizers (succeeded = succeededIndexes.total(), needsFlush when CompletedIndexes changes)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a3 r0 T0 s0 f0 st0',
      '1 a3 r3 T0 s0 f0 st0',
      '6 a2 r2 T0 s1 f0 st0 ci=2',
      '11 a1 r1 T0 s2 f0 st0 ci=0,2',
      '16 a0 r0 T0 s3 f0 st0 ct16 ci=0-2 SuccessCriteriaMet=True/CompletionsReached@16/16 Complete=True/CompletionsReached@16/16',
    ], 'Job status writes');
  },
};
