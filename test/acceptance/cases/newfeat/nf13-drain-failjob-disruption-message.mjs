// A FailJob rule on DisruptionTarget: the drained pod (SIGTERM handled in 10s, Failed at 70s) fails the Job;
// FailureTarget at the next batched sync (71s), the other pod deleted then (143 at 81s) and Failed after it.
export default {
  id: 'newfeat/nf13-drain-failjob-disruption-message',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy ("Pod %s/%s has condition %v matching %v rule at index %d"); job_controller.go (FailureTarget, deleteActivePods, Failed once none terminate)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, drainNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - action: FailJob
      onPodConditions: [{type: DisruptionTarget}]
  template:
    metadata: {annotations: {jobsim/duration: 3m, jobsim/on-sigterm: 10s}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const pods = h.podsOf('etl');
    const onW1 = pods.find((p) => p.spec.nodeName === 'w-1');
    const onW2 = pods.find((p) => p.spec.nodeName === 'w-2');
    const msg = `Pod default/${onW1.metadata.name} has condition DisruptionTarget matching FailJob rule at index 0`;
    const t1 = onW1.status.containerStatuses[0].state.terminated;
    h.eq([t1.exitCode, h.sec(t1.finishedAt)], [143, 70], 'drained pod');
    const t2 = onW2.status.containerStatuses[0].state.terminated;
    h.eq([t2.exitCode, h.sec(t2.finishedAt)], [143, 81], 'other pod deleted by the Job controller');
    h.eq(h.cond(onW2, 'DisruptionTarget'), undefined, 'the Job controller adds no DisruptionTarget');
    const j = h.job('etl');
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    h.eq([ft.message, h.sec(ft.lastTransitionTime)], [msg, 71], 'FailureTarget');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([f.message, h.sec(f.lastTransitionTime)], [msg, 82], 'Failed');
    h.eq(h.events({ reason: 'PodFailurePolicy', kind: 'Job' }).map((e) => [e.type, e.message]), [['Warning', msg]], 'Job event');
    h.eq(pods.length, 2, 'no replacement');
  },
};
