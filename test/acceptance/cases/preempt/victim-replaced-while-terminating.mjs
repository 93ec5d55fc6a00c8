// Without podFailurePolicy (podReplacementPolicy TerminatingOrFailed) the victim counts as failed
// as soon as it is being deleted: its Job replaces it 10s after the deletion request (the back-off
// counts from it), while the victim still ignores SIGTERM until +90s; the preemptor binds then.
export default {
  id: 'preempt/victim-replaced-while-terminating',
  source: 'job_controller.go isPodFailed (DeletionTimestamp != nil && phase != Succeeded counts as failed unless podReplacementPolicy Failed); backoff_utils.go getFinishedTime (getFinishTimeFromDeletionTimestamp: deletionTimestamp - grace); preemption.go PreemptPod (graceful delete)',
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
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1] }] } }] } }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const [v, repl] = h.podsOf('low');
    const hi = h.podsOf('hi')[0];
    h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq([h.sec(v.metadata.deletionTimestamp), v.status.phase, h.exitCodeOf(v)], [90, 'Failed', 137], 'victim');
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.spec.nodeName], [70, 'w-2'], 'replacement at +70s on w-2');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, `Successfully assigned default/${hi.metadata.name} to w-1`]], 'preemptor bound at +90s');
    const s = h.job('low').status;
    h.eq([s.failed, s.active, s.terminating ?? 0], [1, 1, 0], '[failed, active, terminating]');
  },
};
