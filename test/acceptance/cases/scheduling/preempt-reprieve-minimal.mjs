// SelectVictimsOnNode removes every lower-priority pod, then reprieves them most important first
// (higher priority, then earlier start) while the preemptor still fits: the 2-cpu pod of priority 30
// is reprieved, the 1-cpu pods of priority 20 and 10 are both victims.
export default {
  id: 'scheduling/preempt-reprieve-minimal',
  source: 'plugins/defaultpreemption/default_preemption.go SelectVictimsOnNode (remove all lower priority, sort by util.MoreImportantPod, reprievePod); default_preemption_test.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            priorityClassName: p100
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p100 }
value: 100
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p30 }
value: 30
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p20 }
value: 20
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p10 }
value: 10
---
apiVersion: batch/v1
kind: Job
metadata: { name: j30 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: p30
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j20 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: p20
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j10 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: p10
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const victims = h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name).sort();
    const first = (j) => h.podsOf(j)[0].metadata.name;
    h.eq(victims, [first('j10'), first('j20')].sort(), 'victims: the priority 20 and 10 pods');
    h.noCond(h.podsOf('j30')[0], 'DisruptionTarget');
    h.eq(h.podsOf('j30')[0].status.phase, 'Running', 'j30 keeps running');
    for (const j of ['j10', 'j20']) h.hasCond(h.podsOf(j)[0], 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(h.podsOf('urgent')[0].spec.nodeName, 'w-1', 'preemptor bound');
  },
};
