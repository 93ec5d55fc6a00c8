// backoffLimit 0 and the only pod taint-evicted on an unreachable node: the Job counts it failed at once
// (FailureTarget/BackoffLimitExceeded 1s after the eviction) but writes Failed only when no pod is terminating:
// when the pod GC fails and removes it after the node's deletion (pass at 480s + 40s quarantine = 520s, Job sync 521s).
// The BackoffLimitExceeded event comes with the Failed condition.
export default {
  id: 'tainteviction/backofflimit0-failuretarget-until-terminal',
  source: 'job_controller.go syncJob (delayTerminalCondition: Failed once terminating == 0); reference job-controller.md (two-phase terminal conditions, events at the final condition)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 8m, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: b0 }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('b0');
    const evict = h.sec(h.events({ reason: 'TaintManagerEviction' })[0].firstTimestamp);
    h.eq(evict, 415, 'precondition: eviction at 415s (seed 1)');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded').lastTransitionTime), 416, 'FailureTarget');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 521, 'Failed once the pod is terminal');
    h.eq(h.events({ reason: 'BackoffLimitExceeded' }).map((e) => h.sec(e.firstTimestamp)), [521], 'event with the final condition');
    h.eq(h.podsOf('b0').length, 1, 'no replacement');
  },
};
