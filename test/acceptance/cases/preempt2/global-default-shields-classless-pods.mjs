// A globalDefault class (500) is what a pod naming no class gets, so it outranks a preemptor of class
// 100: that preemptor takes w-2 from the pod that explicitly names a class of value 0, never the
// classless one on w-1. A second class-100 pod at +120s finds no victim on either node.
export default {
  id: 'preempt2/global-default-shields-classless-pods',
  source: 'plugin/pkg/admission/priority admitPod (no priorityClassName: the globalDefault class name, value and policy); default_preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod" when no pod has a lower priority)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: mid }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: mid, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 120s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: mid2 }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: mid, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: batch-default }
value: 500
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: mid }
value: 100
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: zero }
value: 0
---
apiVersion: batch/v1
kind: Job
metadata: { name: classless }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: zero }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: zero
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const cl = h.podsOf('classless')[0];
    const z = h.podsOf('zero')[0];
    const mid = h.podsOf('mid')[0];
    const mid2 = h.podsOf('mid2')[0];
    h.eq([cl.spec.priorityClassName, cl.spec.priority, z.spec.priority], ['batch-default', 500, 0], 'admitted priorities');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [[60, z.metadata.name, `Preempted by pod ${mid.metadata.uid} on node w-2`]], 'only the class-0 pod is preempted');
    h.eq(mid.spec.nodeName, 'w-2', 'mid on w-2');
    h.eq(cl.status.phase, 'Running', 'classless pod untouched');
    h.eq(h.events({ reason: 'FailedScheduling', name: mid2.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[120, '0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.']], 'mid2 finds no victim');
  },
};
