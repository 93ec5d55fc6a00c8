// The deadline also kills a pod that never got a node: it is deleted, counted failed, and Failed follows one sync later.
export default {
  id: 'job/ads-pending-pod',
  source: 'job_controller.go deleteActivePods + trackJobStatusAndRemoveFinalizers (finishedCondition failure: every non-succeeded pod counted failed); reference §2.5, §2.7, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: adspend
spec:
  activeDeadlineSeconds: 30
  template:
    spec:
      nodeSelector: { nowhere: "true" }
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('adspend');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 30, 'FailureTarget');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'DeadlineExceeded').lastTransitionTime), 31, 'Failed');
    h.eq(job.status.failed, 1, 'failed');
    const [p] = h.podsOf('adspend');
    h.eq(p.status.phase, 'Pending', 'pod never ran');
    h.eq(h.sec(p.metadata.deletionTimestamp), 30, 'unbound pod deleted with grace 0');
  },
};
