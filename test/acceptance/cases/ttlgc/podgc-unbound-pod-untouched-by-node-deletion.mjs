// gcOrphaned only concerns pods with a spec.nodeName naming a missing node: an unschedulable pod (requests 100 cpu, never
// bound) is not touched when a Node is deleted (20s): no deletionTimestamp, phase Pending, no DisruptionTarget.
export default {
  id: 'ttlgc/podgc-unbound-pod-untouched-by-node-deletion',
  source: 'podgc gc_controller.go gcOrphaned (pod.Spec.NodeName != "" && !existingNodeNames.Has), gcUnscheduledTerminating (DeletionTimestamp required)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  faults:
  - {at: 20s, deleteNode: node-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "100"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p] = h.podsOf('big');
    h.eq([p.status.phase, p.metadata.deletionTimestamp, p.spec.nodeName, h.anyCond(p, 'DisruptionTarget')], ['Pending', undefined, undefined, undefined], 'left alone');
    h.eq(h.podsOf('big').length, 1, 'no replacement');
  },
};
