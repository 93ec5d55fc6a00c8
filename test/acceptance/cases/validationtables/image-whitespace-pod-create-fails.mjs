// A template image with a leading space passes Job validation (the whitespace rule is
// validateContainersOnlyForPod: pods only), but every pod the Job controller creates is refused by
// the API server: FailedCreate warnings, no pod ever exists.
export default {
  id: 'validationtables/image-whitespace-pod-create-fails',
  source: 'pkg/apis/core/validation/validation.go validateContainersOnlyForPod ("must not have leading or trailing whitespace", called from ValidatePodSpec for Pods only, not for PodTemplateSpec); pkg/controller/job/job_controller.go manageJob -> FailedCreate event "Error creating: ..."',
  args: ['--duration', '2m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ws
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: " busybox"}]
`,
  check(r, h) {
    h.eq(h.job('ws').spec.template.spec.containers[0].image, ' busybox', 'the Job is accepted as written');
    h.eq(h.of('Pod').length, 0, 'no pod can be created');
    const fc = h.events({ reason: 'FailedCreate', name: 'ws' });
    h.assert(fc.length >= 1, `FailedCreate events: ${JSON.stringify(h.events({ name: 'ws' }).map((e) => e.reason))}`);
    h.assert(fc[0].type === 'Warning' && /^Error creating: Pod ".*" is invalid: spec\.containers\[0\]\.image: Invalid value: " busybox": must not have leading or trailing whitespace$/.test(fc[0].message), fc[0].message);
  },
};
