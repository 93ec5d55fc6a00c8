// The pod a suspension let go (its tracking finalizer removed before the DELETE) still counts in status.terminating while
// it terminates, and the Failed condition waits for it. w-1 goes silent at 3s with the first pod on it; the suspension at
// 5s deletes that pod, which stays Terminating on the unreachable node; the resume at 10s creates a replacement on w-2
// (TerminatingOrFailed), which exits 1 at 20s: with backoffLimit 0, FailureTarget (BackoffLimitExceeded) at 21s with
// terminating 1 and failed 1 (the let-go pod is not counted); Failed only once w-1 is back (123s) and the old pod is gone.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools: [{name: w, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}]
  faults:
  - {at: 0s, cordonNode: w-2, for: 4s}
  - {at: 3s, nodeDown: w-1, for: 2m}
  - {at: 4s, cordonNode: w-1}
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 10s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/failed-waits-for-pod-let-go-by-suspension',
  source: 'pkg/controller/job/job_controller.go syncJob (jobCtx.terminating = controller.CountTerminatingPods(pods) over every pod of the Job, tracked or not), manageJob suspend branch (deleteJobPods removes the finalizer first), enactJobFinished ("Delaying marking the Job as finished, because there are still terminating pod(s)")',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0',
      '1 a1 r1 T0 s0 f0 st0',
      '5 a0 r0 T1 s0 f0 st0 Suspended=True/JobSuspended@5/5',
      '10 a1 r0 T1 s0 f0 st10 Suspended=False/JobResumed@10/10',
      '11 a1 r1 T1 s0 f0 st10 Suspended=False/JobResumed@10/10',
      '21 a0 r0 T1 s0 f1 st10 Suspended=False/JobResumed@10/10 FailureTarget=True/BackoffLimitExceeded@21/21',
      '124 a0 r0 T0 s0 f1 st10 Suspended=False/JobResumed@10/10 FailureTarget=True/BackoffLimitExceeded@21/21 Failed=True/BackoffLimitExceeded@124/124',
    ], 'Job status writes');
    const back = h.events({ kind: 'Node', name: 'w-1', reason: 'NodeReady' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(back, [123], 'w-1 back at 123s');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'BackoffLimitExceeded' }).map((e) => h.sec(e.firstTimestamp)), [124], 'Warning with Failed');
  },
};
