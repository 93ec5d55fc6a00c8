// KEP-2837 example 2 in small: pod limit cpu 1, two containers limited to 600m each and no requests. The template is
// valid (no requests yet), but each Pod create defaults the containers' requests (600m each), then the pod-level
// request to their aggregate 1200m, which exceeds the pod limit: the API server refuses every pod (FailedCreate).
export default {
  id: 'podlevel/pod-limit-below-defaulted-aggregate-failedcreate',
  source: 'KEP-2837 "Clarifying Tricky Cases" 2 (row 6: "Pod-Level Request of 120Gi > Pod-Level Limit of 100 Gi which makes this PodSpec invalid"); pkg/apis/core/v1/defaults.go SetDefaults_Pod -> defaultPodRequests; pkg/apis/core/validation/validation.go validateResourceRequirements ("must be less than or equal to %s limit of %s" on the requests path); job_controller.go manageJob FailedCreate "Error creating: ..."',
  args: ['--duration', '1m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: over}
spec:
  template:
    spec:
      resources:
        limits: {cpu: "1"}
      containers:
      - {name: a, image: busybox, resources: {limits: {cpu: 600m}}}
      - {name: b, image: busybox, resources: {limits: {cpu: 600m}}}
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Pod').length, 0, 'no pod can be created');
    const fc = h.events({ reason: 'FailedCreate', name: 'over' });
    h.assert(fc.length >= 1, `FailedCreate events: ${JSON.stringify(h.events({ name: 'over' }).map((e) => e.reason))}`);
    h.assert(fc[0].type === 'Warning' && /^Error creating: Pod "over-[a-z0-9]{5}" is invalid: spec\.resources\.requests: Invalid value: "1200m": must be less than or equal to cpu limit of 1$/.test(fc[0].message), fc[0].message);
    h.eq(h.sec(fc[0].firstTimestamp), 0, 'first refusal at the start');
  },
};
