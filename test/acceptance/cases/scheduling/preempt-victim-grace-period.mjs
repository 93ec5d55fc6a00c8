// The victim is deleted gracefully with its own terminationGracePeriodSeconds; its Job sees a
// DisruptionTarget pod, which a podFailurePolicy Ignore rule does not count as failed.
export default {
  id: 'scheduling/preempt-victim-grace-period',
  source: 'preemption.go prepareCandidate (ApplyStatus DisruptionTarget/PreemptionByScheduler, then util.DeletePod: graceful delete); registry pod strategy (deletionTimestamp = now + grace); job_controller podFailurePolicy onPodConditions DisruptionTarget Ignore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 2m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
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
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      terminationGracePeriodSeconds: 5
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('low');
    const v = pods[0];
    const dt = h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq([h.sec(dt.lastTransitionTime), dt.message], [120, 'default-scheduler: preempting to accommodate a higher priority pod'], 'DisruptionTarget');
    h.eq(h.sec(v.metadata.deletionTimestamp), 125, 'deletionTimestamp = +120s + 5s grace');
    const j = h.job('low');
    h.eq(j.status.failed ?? 0, 0, 'ignored: not counted as failed');
    h.noCond(j, 'Failed');
    h.eq(pods.length, 2, 'a replacement pod was created');
    h.eq(pods[1].spec.nodeName, undefined, 'the replacement waits (node taken by the preemptor)');
  },
};
