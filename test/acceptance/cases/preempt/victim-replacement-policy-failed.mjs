// With podReplacementPolicy Failed, the victim's replacement waits until the victim is Failed (its
// container SIGKILLed at +90s, Ready False then), plus the 10s back-off: +100s.
export default {
  id: 'preempt/victim-replacement-policy-failed',
  source: 'job_controller.go isPodFailed (onlyReplaceFailedPods: phase == Failed) and manageJob (terminating pods not replaced); backoff_utils.go getFinishedTime (Ready=False lastTransitionTime first)',
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
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, nodeSelector: { kubernetes.io/hostname: w-1 }, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
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
  backoffLimit: 3
  podReplacementPolicy: Failed
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1] }] } }] } }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const [v, repl] = h.podsOf('low');
    h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq([v.status.phase, h.sec(v.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 90], 'victim');
    h.eq(h.podsOf('low').length, 2, 'one replacement');
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.spec.nodeName], [100, 'w-2'], 'replacement at +100s on w-2');
    const s = h.job('low').status;
    h.eq([s.failed, s.active, s.terminating ?? 0], [1, 1, 0], '[failed, active, terminating]');
  },
};
