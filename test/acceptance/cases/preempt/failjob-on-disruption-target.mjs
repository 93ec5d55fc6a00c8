// A podFailurePolicy FailJob rule on DisruptionTarget fails the victim's Job: the victim exits on
// SIGTERM at the preemption (+60s), the Job controller's batched sync (+61s) adds FailureTarget and
// Failed with reason PodFailurePolicy and upstream's message.
export default {
  id: 'preempt/failjob-on-disruption-target',
  source: 'preemption.go PreemptPod (DisruptionTarget True, PreemptionByScheduler); pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy ("Pod %s/%s has condition %v matching %v rule at index %d"); job_controller.go (JobReasonPodFailurePolicy)',
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
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [42] } }
    - { action: FailJob, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const v = h.podsOf('low')[0];
    const j = h.job('low');
    const msg = `Pod default/${v.metadata.name} has condition DisruptionTarget matching FailJob rule at index 1`;
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([h.sec(ft.lastTransitionTime), ft.message], [61, msg], 'FailureTarget');
    h.eq([h.sec(f.lastTransitionTime), f.message], [61, msg], 'Failed');
    h.eq([j.status.failed, j.status.active ?? 0], [1, 0], '[failed, active]');
    h.eq(h.podsOf('low').length, 1, 'no replacement');
    h.eq(h.exitCodeOf(v), 143, 'victim exited on SIGTERM');
  },
};
