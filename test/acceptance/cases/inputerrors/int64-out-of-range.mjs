// int64 fields have a range too: 1e30 does not fit (the API server's decoder: "json: cannot unmarshal
// number 1e+30 into Go struct field JobSpec.spec.activeDeadlineSeconds of type int64"). jobsim checks
// int32 bounds in the OpenAPI wording; an int64 out of range must be refused as well, not run.
export default {
  id: 'inputerrors/int64-out-of-range',
  source: 'encoding/json (number out of range for int64 → UnmarshalTypeError); kube-openapi int64 format; CONTRACT.md §2 (same validation as kubectl apply)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 1e30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.assert(/\.yaml:5:3: Job default\/j: spec\.activeDeadlineSeconds: /m.test(r.stderr), r.stderr);
  },
};
