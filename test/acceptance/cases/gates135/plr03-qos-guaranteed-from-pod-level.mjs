// PodLevelResources: pod-level limits for cpu and memory equal to the requests -> Guaranteed, though no container sets any.
export default {
  id: 'gates135/plr03-qos-guaranteed-from-pod-level',
  source: 'pkg/apis/core/v1/helper/qos/qos.go ComputePodQOS (pod-level limits with cpu and memory, requests == limits -> Guaranteed); kube_features.go PodLevelResources 1.34 Beta on',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      resources:
        requests: {cpu: "1", memory: 1Gi}
        limits: {cpu: "1", memory: 1Gi}
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('q')[0].status.qosClass, 'Guaranteed', 'qosClass');
  },
};
