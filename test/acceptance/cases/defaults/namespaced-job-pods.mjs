// A Job in its own namespace: pods are created in the Job's namespace with the owner reference (no namespace in it).
export default {
  id: 'defaults/namespaced-job-pods',
  source: 'pkg/controller/job/job_controller.go manageJob (podControl.CreatePodsWithGenerateName(ctx, job.Namespace, ...)); metav1.NewControllerRef',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: nsj, namespace: team-a}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const j = h.job('nsj', 'team-a');
    const pods = h.of('Pod');
    h.eq(pods.length, 1, 'one pod');
    h.eq(pods[0].metadata.namespace, 'team-a', 'pod namespace');
    h.eq(pods[0].metadata.ownerReferences, [{ apiVersion: 'batch/v1', kind: 'Job', name: 'nsj', uid: j.metadata.uid, controller: true, blockOwnerDeletion: true }], 'ownerReferences');
  },
};
