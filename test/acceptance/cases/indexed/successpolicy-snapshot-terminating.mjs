// While the pods deleted by a matched success policy terminate (here: never, their node is down), the Job has
// SuccessCriteriaMet but not Complete, active 0, terminating 2, no completionTime.
export default {
  id: 'indexed/successpolicy-snapshot-terminating',
  source: 'test/integration/job TestSuccessPolicy_ReEnabling final step (Active 0, Succeeded 3, Terminating 2, completedIndexes "0-2", SuccessCriteriaMet); job_controller.go enactJobFinished (terminating > 0 delays Complete); reference §2.8, §7',
  args: ['--duration', '5m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: spt}
spec:
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 3}, labels: {pool: a}}
    - {name: b, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 2}, labels: {pool: b}}
  behaviors:
    - selector: {matchLabels: {app: spt}}
      duration: 10s
  faults:
    - {at: 5s, nodeDown: b-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: spt}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  successPolicy:
    rules:
    - succeededCount: 3
  template:
    metadata: {labels: {app: spt}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('spt');
    const onA = pods.filter((p) => p.spec.nodeName === 'a-1').length;
    h.assert(onA === 3, `this case needs 3 pods on a-1 and 2 on b-1, got ${onA} on a-1 (scheduling changed)`);
    const job = h.job('spt');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message]), [['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0']], 'conditions');
    h.eq([job.status.active ?? 0, job.status.succeeded, job.status.terminating, job.status.completionTime ?? null, job.status.failed ?? 0],
      [0, 3, 2, null, 0], '[active, succeeded, terminating, completionTime, failed]');
  },
};
