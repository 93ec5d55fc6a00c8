// PodLevelResources: ComputePodQOS uses the pod-level resources when they are set: requests without limits -> Burstable.
export default {
  id: 'gates135/plr02-qos-burstable-from-pod-level',
  source: 'pkg/apis/core/v1/helper/qos/qos.go ComputePodQOS (PodLevelResources enabled and pod.Spec.Resources set: pod-level requests/limits decide); kube_features.go PodLevelResources 1.34 Beta on',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      resources:
        requests: {cpu: 500m, memory: 256Mi}
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('q')[0];
    h.eq(p.spec.resources, { requests: { cpu: '500m', memory: '256Mi' } }, 'pod spec.resources');
    h.eq(p.status.qosClass, 'Burstable', 'qosClass');
  },
};
