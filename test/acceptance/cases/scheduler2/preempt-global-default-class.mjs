// A pod without priorityClassName takes the globalDefault class's value (1000) and can preempt a pod
// of a lower class (10).
export default {
  id: 'scheduler2/preempt-global-default-class',
  source: 'plugin/pkg/admission/priority/admission.go admitPod (getDefaultPriority); default_preemption.go SelectVictimsOnNode; preemption.go prepareCandidate',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: plain }
      spec:
        template:
          spec:
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: cluster-default }
value: 1000
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: scavenger }
value: 10
---
apiVersion: batch/v1
kind: Job
metadata: { name: scav }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: scavenger
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('plain')[0];
    h.eq([p.spec.priorityClassName, p.spec.priority], ['cluster-default', 1000], 'defaulted');
    const v = h.podsOf('scav')[0];
    h.eq(v.spec.priority, 10, 'victim priority');
    h.eq(h.events({ reason: 'Preempted', name: v.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, `Preempted by pod ${p.metadata.uid} on node w-1`]], 'Preempted');
    h.eq(p.spec.nodeName, 'w-1', 'bound');
  },
};
