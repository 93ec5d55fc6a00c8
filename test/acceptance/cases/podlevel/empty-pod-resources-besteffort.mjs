// In 1.34-1.35 an empty pod-level stanza (resources: {}) takes ComputePodQOS down the pod-level branch, which finds no
// request and no limit: the pod is BestEffort although its container asks and limits 100m/50Mi (upstream issue
// #135082, fixed only in 1.36 behind PodLevelResourcesFixKubeletQOSClass).
const sorted = (o) => (o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])])) : o);
export default {
  id: 'podlevel/empty-pod-resources-besteffort',
  source: 'pkg/apis/core/helper/qos/qos.go ComputePodQOS (1.34/1.35: `PodLevelResources enabled && pod.Spec.Resources != nil` selects the pod-level branch; 1.36 adds `|| isPodLevelResourcesSet(pod)` behind PodLevelResourcesFixKubeletQOSClass); kubernetes/kubernetes issue #135082 (the pause-plr example), PR #137150 release note',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: e}
spec:
  template:
    spec:
      resources: {}
      containers:
      - name: c
        image: busybox
        resources:
          requests: {cpu: 100m, memory: 50Mi}
          limits: {cpu: 100m, memory: 50Mi}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('e')[0];
    h.eq(sorted(p.spec.resources), {}, 'pod spec.resources kept empty');
    h.eq(p.status.qosClass, 'BestEffort', 'qosClass');
  },
};
