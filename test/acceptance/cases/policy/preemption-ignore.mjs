// Ignore on DisruptionTarget covers scheduler preemption (PreemptionByScheduler): with
// backoffLimit 0 the preempted Job is not failed; its pod is replaced 10s after the victim's
// failure (+5m), not counted, and the Job completes later.
export default {
  id: 'policy/preemption-ignore',
  source: 'preemption.go prepareCandidate (DisruptionTarget PreemptionByScheduler); job-controller.md §5 (Ignore), §3.2; TestMatchPodFailurePolicy "ignore rule matched for pod conditions"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 5m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1m" } }
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
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "10m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('low');
    h.eq(pods.length, 2, 'pods');
    h.hasCond(pods[0], 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(pods[0].status.phase, 'Failed', 'victim Failed');
    h.eq(h.sec(pods[1].metadata.creationTimestamp), 310, 'replacement 10s after the victim failed');
    const job = h.job('low');
    h.noCond(job, 'FailureTarget');
    h.hasCond(job, 'Complete');
    h.eq([job.status.failed ?? 0, job.status.succeeded], [0, 1], '[failed, succeeded]');
  },
};
