// qosClass is written by the API server when the pod is created, before any scheduling or kubelet:
// a pod that never fits a node still has it (here Burstable: requests without limits).
export default {
  id: 'kubelet/qos-unscheduled',
  source: 'pkg/registry/core/pod/strategy.go PrepareForCreate (QOSClass set on create)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 1m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: huge }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "64" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('huge')[0];
    h.eq([p.status.phase, p.spec.nodeName ?? null], ['Pending', null], 'unscheduled');
    h.eq(p.status.qosClass, 'Burstable', 'qosClass');
  },
};
