// The Scheduled event names the pod as namespace/name.
export default {
  id: 'scheduler2/scheduled-other-namespace',
  source: 'pkg/scheduler/schedule_one.go bindingCycle / finishBinding (Eventf "Scheduled", "Binding", "Successfully assigned %v/%v to %v", pod.Namespace, pod.Name, nodeName)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j, namespace: analytics }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = r.items.find((i) => i.kind === 'Pod');
    h.eq(p.metadata.namespace, 'analytics', 'namespace');
    const s = h.events({ reason: 'Scheduled' });
    h.eq(s.map((e) => [e.type, e.message, e.source.component, e.involvedObject.namespace]), [['Normal', `Successfully assigned analytics/${p.metadata.name} to w-1`, 'default-scheduler', 'analytics']], 'Scheduled');
  },
};
