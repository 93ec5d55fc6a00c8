// e2e pod listings after a Job finished (e.g. "should create pods for an Indexed job ..."): every pod of a finished Job
// has lost the batch.kubernetes.io/job-tracking finalizer and keeps its controller ownerReference.
export default {
  id: 'e2e/tracking-finalizer-stripped',
  source: 'test/e2e/apps/job.go ConformanceIt "should create pods for an Indexed job with completion indexes and specified hostname" (GetJobPods after WaitForJobComplete); job_controller.go trackJobStatusAndRemoveFinalizers; reference job-controller §2.7, §12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: indexed-job}
spec:
  parallelism: 2
  completions: 4
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/duration: 2s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('indexed-job');
    for (const p of h.podsOf('indexed-job')) {
      h.eq(p.metadata.finalizers ?? [], [], `${p.metadata.name} finalizers`);
      h.eq(p.metadata.ownerReferences.map((o) => [o.apiVersion, o.kind, o.name, o.uid, o.controller, o.blockOwnerDeletion]), [['batch/v1', 'Job', 'indexed-job', job.metadata.uid, true, true]], `${p.metadata.name} owner`);
    }
  },
};
