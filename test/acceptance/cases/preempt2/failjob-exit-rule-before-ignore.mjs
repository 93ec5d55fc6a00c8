// podFailurePolicy rules are tried in order and the first match wins: a FailJob rule on any non-zero
// exit code listed before the Ignore rule on DisruptionTarget catches the preempted pod's SIGTERM exit
// (143 at +60s), so the Job fails (PodFailurePolicy) at +61s instead of replacing the pod.
export default {
  id: 'preempt2/failjob-exit-rule-before-ignore',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy (rules in order, first match; onExitCodes NotIn [0]) and its message "Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"; job_controller.go (JobReasonPodFailurePolicy)',
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
  backoffLimit: 3
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { operator: NotIn, values: [0] }
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const j = h.job('low');
    const v = h.podsOf('low')[0];
    const msg = `Container c for pod default/${v.metadata.name} failed with exit code 143 matching FailJob rule at index 0`;
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([h.sec(ft.lastTransitionTime), ft.message, h.sec(f.lastTransitionTime), f.message], [61, msg, 61, msg], 'FailureTarget and Failed');
    h.eq(h.podsOf('low').length, 1, 'no replacement');
    h.eq(j.status.failed, 1, 'counted as failed');
  },
};
