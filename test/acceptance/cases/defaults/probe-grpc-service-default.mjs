// GRPCAction.service is a *string marked +default="": the generated defaulter sets it to "" when absent.
export default {
  id: 'defaults/probe-grpc-service-default',
  source: 'staging/src/k8s.io/api/core/v1/types.go GRPCAction (Service *string, +default=""); pkg/apis/core/v1/zz_generated.defaults.go ("if a.LivenessProbe.ProbeHandler.GRPC.Service == nil { var ptrVar1 string = \\"\\" ... }")',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: gp}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: "busybox:1.36"
        livenessProbe:
          grpc: {port: 8080}
`,
  check(r, h) {
    const p = h.job('gp').spec.template.spec.containers[0].livenessProbe;
    h.eq(p.grpc, { port: 8080, service: '' }, 'grpc');
    h.eq([p.timeoutSeconds, p.periodSeconds, p.successThreshold, p.failureThreshold], [1, 10, 1, 3], 'probe defaults');
  },
};
