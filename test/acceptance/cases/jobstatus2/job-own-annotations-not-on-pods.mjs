// A Job's own metadata annotations stay on the Job (nothing added by the API server or the controller) and are not
// copied to its pods, which get only the template's annotations.
export default {
  id: 'jobstatus2/job-own-annotations-not-on-pods',
  source: 'pkg/controller/job/job_controller.go manageJob → podControl.CreatePodsWithGenerateName(template) (pods from spec.template only); strategy.go PrepareForCreate',
  args: ['--duration', '1m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: oa
  annotations: {owner: me}
spec:
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.job('oa').metadata.annotations, { owner: 'me' }, 'Job annotations');
    h.eq(h.podsOf('oa')[0].metadata.annotations, undefined, 'pod annotations');
  },
};
