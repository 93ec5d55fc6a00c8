// The pod GC fails the pod of a deleted node with DisruptionTarget (DeletionByPodGC): a FailJob
// rule on DisruptionTarget fails the Job with the pod-condition message.
export default {
  id: 'policy/podgc-failjob',
  source: 'podgc gc_controller.go markFailedAndDeletePodWithCondition; pod_failure_policy.go matchPodFailurePolicy (onPodConditions FailJob message)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: g }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - { action: FailJob, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: main-container, image: busybox, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    const gone = pods.find((p) => p.spec.nodeName === 'w-1');
    const other = pods.find((p) => p.spec.nodeName === 'w-2');
    const dt = h.hasCond(gone, 'DisruptionTarget', 'DeletionByPodGC');
    const t = h.sec(dt.lastTransitionTime);
    const job = h.job('x');
    const msg = `Pod default/${gone.metadata.name} has condition DisruptionTarget matching FailJob rule at index 0`;
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, t + 1], ['Failed', 'PodFailurePolicy', msg, t + 2]], 'conditions');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => e.message), [`Deleted pod: ${other.metadata.name}`], 'the other pod deleted');
    h.eq([job.status.failed, pods.length], [2, 2], '[failed, pods]');
  },
};
