// An OnFailure pod on a node that dies keeps its restartCount while it sits Terminating (phase Running) on the
// unreachable node, and pastBackoffLimitOnFailure sums over every pod of the Job in phase Running/Pending,
// terminating ones included. backoffLimit 3: the first pod restarts at 10s and 30s (restartCount 2) on a-1, which
// goes down at 35s for good: NotReady at 85s, evicted at 390s (300s toleration), counted failed; its replacement
// (391s, on b-1) restarts at 401s: 2 + 1 >= 3, FailureTarget at 402s. Failed never comes: the first pod stays
// Terminating on the dead node (terminating 1).
export default {
  id: 'onfailure/node-failure-terminating-restarts-count',
  source: 'job_controller.go syncJob (pastBackoffLimitOnFailure(&job, pods) over all listed pods, not only active ones), pastBackoffLimitOnFailure (phase Running or Pending); enactJobFinished needs terminating == 0; tainteviction (300s default toleration); reference job §2.8, §3.5',
  args: ['--duration', '15m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "8", memory: 16Gi, pods: 110}}
    - {name: b, count: 1, capacity: {cpu: "2", memory: 16Gi, pods: 110}}
  faults:
  - {at: 35s, nodeDown: a-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 3
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1", memory: 1Gi}}}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [p1, p2, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'two pods');
    h.eq([p1.spec.nodeName, p1.status.phase, p1.status.containerStatuses[0].restartCount, h.sec(p1.metadata.creationTimestamp)], ['a-1', 'Running', 2, 0], 'first pod');
    h.eq(h.sec(h.events({ kind: 'Pod', name: p1.metadata.name, reason: 'TaintManagerEviction' })[0]?.firstTimestamp), 390, 'evicted');
    h.eq([p2.spec.nodeName, h.sec(p2.metadata.creationTimestamp), p2.status.containerStatuses[0].restartCount], ['b-1', 391, 1], 'replacement');
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 402]], 'conditions');
    h.eq([job.status.failed, job.status.terminating, job.status.active], [2, 1, undefined], '[failed, terminating, active]');
  },
};
