// How the deadline deletes running pods: a plain DELETE keeping the job-tracking finalizer, so the API server applies the
// pod's terminationGracePeriodSeconds: deletionTimestamp = 20s + 120 (job g120) and 20s + 0 (job g0), with
// deletionGracePeriodSeconds 120 / 0. The same sync removes the finalizers (canRemoveFinalizer: finishedCondition set), so the
// grace-0 pod is removed by the API server right then, in its last state Running (ShouldDeleteDuringUpdate: no finalizer,
// grace 0); the grace-120 pod is killed by the kubelet (SIGTERM, 143) and ends Failed. Both count as failed; Failed at 21s.
export default {
  id: 'deadlines/ads-deleted-pod-grace',
  source: 'pkg/controller/job/job_controller.go deleteActivePods (podControl.DeletePod, no grace override), canRemoveFinalizer; apiserver registry/rest ShouldDeleteDuringUpdate; pkg/registry/core/pod/strategy.go CheckGracefulDelete (spec.terminationGracePeriodSeconds), rest.BeforeDelete (deletionTimestamp = now + grace); reference job-controller §2.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: g120}
spec:
  activeDeadlineSeconds: 20
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      terminationGracePeriodSeconds: 120
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: g0}
spec:
  activeDeadlineSeconds: 20
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const [name, grace, phase] of [['g120', 120, 'Failed'], ['g0', 0, 'Running']]) {
      const [pod] = h.podsOf(name);
      h.eq([h.sec(pod.metadata.deletionTimestamp), pod.metadata.deletionGracePeriodSeconds, pod.status.phase], [20 + grace, grace, phase], `${name} pod [deletionTimestamp, grace, phase]`);
      const job = h.job(name);
      h.eq(job.status.conditions.map((c) => [c.type, h.sec(c.lastTransitionTime)]), [['FailureTarget', 20], ['Failed', 21]], `${name} conditions`);
      h.eq(job.status.failed, 1, `${name} failed`);
    }
  },
};
