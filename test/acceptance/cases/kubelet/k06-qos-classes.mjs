// status.qosClass is set on every pod at creation (pod strategy PrepareForCreate -> qos.GetPodQOS):
// no requests/limits -> BestEffort; cpu and memory limits equal to requests in every container ->
// Guaranteed (limits alone default the requests); anything else -> Burstable.
export default {
  id: 'kubelet/qos-classes',
  source: 'pkg/registry/core/pod/strategy.go PrepareForCreate (pod.Status.QOSClass = qos.GetPodQOS(pod)); pkg/apis/core/helper/qos/qos.go GetPodQOS; kubelet rejectPod keeps QOSClass',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: be }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: gu }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { limits: { cpu: 500m, memory: 256Mi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: bu }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(['be', 'gu', 'bu'].map((j) => h.podsOf(j)[0].status.qosClass), ['BestEffort', 'Guaranteed', 'Burstable'], 'qosClass');
  },
};
