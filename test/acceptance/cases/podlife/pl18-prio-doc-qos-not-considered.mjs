// Pod Priority and Preemption, "Interactions between Pod priority and quality of service": "The scheduler's
// preemption logic does not consider QoS when choosing preemption targets. Preemption considers Pod priority and
// attempts to choose a set of targets with the lowest priority." A Guaranteed pod (priority 1) and a Burstable pod
// (priority 2) share a 2-CPU node; the 1-CPU preemptor needs one of them gone: the lowest priority, the Guaranteed
// one, is the victim (DisruptionTarget PreemptionByScheduler, exit 143), the Burstable pod keeps running. At the start
// the queue also binds by priority: the Burstable pod first.
export default {
  id: 'podlife/pl18-prio-doc-qos-not-considered',
  source: 'website content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md "Interactions between Pod priority and quality of service"; framework/preemption/preemption.go SelectVictimsOnNode (sort by priority, reprieve the most important first); qos/helpers.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: qos}
spec:
  duration: 2m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: urgent}
      spec:
        template:
          spec:
            priorityClassName: high
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: two}
value: 2
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: one}
value: 1
---
apiVersion: batch/v1
kind: Job
metadata: {name: guaranteed}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      priorityClassName: one
      containers: [{name: c, image: busybox:1.36, resources: {limits: {cpu: "1", memory: 1Gi}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: burstable}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      priorityClassName: two
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const g = h.podsOf('guaranteed')[0], b = h.podsOf('burstable')[0];
    h.eq([g.status.qosClass, b.status.qosClass], ['Guaranteed', 'Burstable'], 'QoS classes');
    h.eq(h.events({ reason: 'Scheduled' }).slice(0, 2).map((e) => e.involvedObject.name), [b.metadata.name, g.metadata.name], 'higher priority bound first');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name), [g.metadata.name], 'the lowest priority is the victim');
    h.hasCond(g, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq([g.status.phase, g.status.containerStatuses[0].state.terminated?.exitCode], ['Failed', 143], 'victim ends');
    h.eq([b.status.phase, b.metadata.deletionTimestamp], ['Running', undefined], 'Burstable pod untouched');
    h.eq(h.podsOf('urgent')[0].spec.nodeName, 'w-1', 'preemptor bound');
  },
};
