// A running Job with 2 failed pods gets backoffLimit: 1 at 55s: the spec change is synced at once
// (generation changed), failed 2 > 1 -> FailureTarget at 55s, the running pod is deleted and counted,
// Failed (BackoffLimitExceeded) once it is terminal (pod update batched 1s).
export default {
  id: 'timeline/backofflimit-lowered-below-failed',
  source: 'validation.go ValidateJobSpecUpdate (backoffLimit not immutable); job_controller.go updateJob (generation change: enqueueSyncJobImmediately), syncJob (exceedsBackoffLimit = failed > backoffLimit), deleteActivePods; reference job §1.3, §2.4, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: bl}
spec:
  timeline:
  - {at: 55s, patch: {kind: Job, name: j, spec: {backoffLimit: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.spec.backoffLimit, 1, 'patched backoffLimit');
    h.eq(j.metadata.generation, 2, 'generation bumped by the spec change');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    h.eq(h.sec(ft.lastTransitionTime), 55, 'FailureTarget at the patch');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq(f.message, 'Job has reached the specified backoff limit', 'Failed message');
    h.eq(h.sec(f.lastTransitionTime), 56, 'Failed after the deleted pod is terminal + 1s batch');
    h.eq(j.status.failed, 3, 'the deleted running pod counts as failed');
    const pods = h.podsOf('j');
    h.eq(pods.length, 3, 'no pod after the patch');
    h.eq(h.sec(pods[2].metadata.creationTimestamp), 50, 'third pod at 30+20s');
    h.eq(h.events({ reason: 'SuccessfulDelete', name: 'j' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[55, `Deleted pod: ${pods[2].metadata.name}`]], 'SuccessfulDelete');
  },
};
