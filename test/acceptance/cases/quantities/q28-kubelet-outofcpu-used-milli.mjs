// Kubelet admission accounts in milli-CPU, counting what admitted pods already request: the first pod (cpu "3")
// runs, the second (cpu "1.5") is refused with "requested: 1500, used: 3000, capacity: 4000".
export default {
  id: 'quantities/kubelet-outofcpu-used-milli',
  source: 'pkg/kubelet/lifecycle/predicate.go Admit -> noderesources.Fits; fit.go InsufficientResourceError ("requested: %d, used: %d, capacity: %d", MilliCPU)',
  args: ['--duration', '1m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 10m}}
    spec:
      nodeName: node-2
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "3"}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: small}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 10m}}
    spec:
      nodeName: node-2
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "1.5"}}}
`,
  check(r, h) {
    const ev = h.events({ reason: 'OutOfcpu' });
    h.eq(ev.map((e) => [e.message, e.involvedObject.name]), [["Node didn't have enough resource: cpu, requested: 1500, used: 3000, capacity: 4000", h.podsOf('small')[0].metadata.name]], 'event');
    h.eq(h.podsOf('big')[0].status.phase, 'Running', 'big runs');
  },
};
