// A pod that was never bound is deleted at once: suspending the Job at 7s deletes its unschedulable pod with
// deletionTimestamp 7s and deletionGracePeriodSeconds 0 (not the 30s of terminationGracePeriodSeconds).
export default {
  id: 'podstatus/unbound-pod-delete-grace-zero',
  source: 'pkg/registry/core/pod/strategy.go podStrategy.CheckGracefulDelete ("if the pod is not scheduled, delete immediately": len(pod.Spec.NodeName) == 0 -> period = 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 1m
  timeline:
  - { at: 7s, patch: { kind: Job, name: u, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: u }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "64" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('u')[0];
    h.eq([p.status.phase, p.spec.nodeName], ['Pending', undefined], '[phase, nodeName]');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers], [7, 0, undefined], '[deletionTimestamp, grace, finalizers]');
  },
};
