// A low-priority pod whose pod-level request is 3 cpu (its container asks 100m) holds 3 of the node's 4 cpu: a 2-cpu
// pod of higher priority arriving at 1m must preempt it (DisruptionTarget PreemptionByScheduler), then binds.
export default {
  id: 'podlevel/preemption-counts-pod-level-request',
  source: 'scheduler framework/types.go NodeInfo.update/calculateResource (resourcehelper.PodRequests with pod-level requests); plugins/defaultpreemption/default_preemption.go SelectVictimsOnNode (removePod frees the victim\'s PodRequests); component-helpers resource/helpers.go PodRequests (IsPodLevelRequestsSet)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 8Gi, pods: 110}}
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: urgent}
      spec:
        template:
          metadata: {annotations: {jobsim/duration: "1h"}}
          spec:
            priorityClassName: high
            containers: [{name: c, image: busybox, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 100
---
apiVersion: batch/v1
kind: Job
metadata: {name: low}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      resources: {requests: {cpu: "3"}}
      containers: [{name: c, image: busybox, resources: {requests: {cpu: 100m}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const victim = h.podsOf('low')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name), [victim.metadata.name], 'the pod-level 3-cpu pod is the victim');
    h.hasCond(victim, 'DisruptionTarget', 'PreemptionByScheduler');
    const u = h.podsOf('urgent')[0];
    h.eq(u.spec.nodeName, 'w-1', 'preemptor bound');
    h.eq(h.sec(u.status.startTime), 60, 'preemptor starts once the victim (exit 143 at SIGTERM) is gone');
  },
};
