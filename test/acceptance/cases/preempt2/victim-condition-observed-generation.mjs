// The DisruptionTarget condition is patched before the victim is deleted, so it carries the pod's
// generation of that moment (observedGeneration 1, PodObservedGenerationTracking on), while the
// graceful delete that follows raises metadata.generation to 2; terminationGracePeriodSeconds 45
// becomes deletionGracePeriodSeconds and deletionTimestamp +60s+45s.
export default {
  id: 'preempt2/victim-condition-observed-generation',
  source: 'preemption.go NewEvaluator PreemptPod (PodCondition{Type: DisruptionTarget, ObservedGeneration: apipod.CalculatePodConditionObservedGeneration(&victim.Status, victim.Generation, DisruptionTarget), Reason: PodReasonPreemptionByScheduler, Message: "<schedulerName>: preempting to accommodate a higher priority pod"}, then util.DeletePod); registry/core/pod strategy (graceful delete: generation+1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 45
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const v = h.podsOf('low')[0];
    const c = h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq([c.observedGeneration, c.status, c.lastProbeTime, h.sec(c.lastTransitionTime), c.message], [1, 'True', null, 60, 'default-scheduler: preempting to accommodate a higher priority pod'], 'DisruptionTarget');
    h.eq([v.metadata.generation, v.metadata.deletionGracePeriodSeconds, h.sec(v.metadata.deletionTimestamp)], [2, 45, 105], 'graceful delete');
    h.eq([v.status.phase, h.exitCodeOf(v)], ['Failed', 137], 'killed at the end of its grace period');
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [105], 'hi bound at +105s');
  },
};
