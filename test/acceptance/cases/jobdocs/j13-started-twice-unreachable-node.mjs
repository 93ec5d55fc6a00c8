// Job concept page, "Handling Pod and container failures": "even if you specify .spec.parallelism = 1 and
// .spec.completions = 1 and .spec.template.spec.restartPolicy = "Never", the same program may sometimes be started
// twice." node-2 stops answering at 10s: Unknown at 60s, its pod evicted by the taint manager after the default 300s
// toleration (360s) but left Terminating on the unreachable node, still running. The Job (default
// podReplacementPolicy TerminatingOrFailed) counts it failed and starts a replacement at 361s: two copies run at once.
export default {
  id: 'jobdocs/j13-started-twice-unreachable-node',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#handling-pod-and-container-failures; job_controller.go isPodFailed (deleted non-succeeded pod counts as failed), manageJob (terminating not subtracted unless onlyReplaceFailedPods); tainteviction DefaultTolerationSeconds 300',
  args: ['--duration', '15m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: twice }
spec:
  faults:
  - { at: 10s, nodeDown: node-2 }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: twice
spec:
  parallelism: 1
  completions: 1
  template:
    metadata:
      annotations:
        jobsim/duration: "20m"
    spec:
      containers:
      - name: main
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    // When node-2 turns Unknown depends on its Lease phase and the monitor period (jobsim: 60s here), so the eviction
    // time is checked loosely and the rest relative to it.
    const [old, repl] = h.podsOf('twice');
    const ev = h.events({ reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(ev.length, 1, 'one eviction');
    h.near(ev[0], 365, 10, 'eviction 300s after the node turned NotReady');
    h.eq([old.spec.nodeName, old.status.phase, old.status.conditions.find((c) => c.type === 'DisruptionTarget')?.reason, h.sec(old.metadata.deletionTimestamp) - ev[0]], ['node-2', 'Running', 'DeletionByTaintManager', 30], 'old pod still running, terminating');
    h.eq([h.sec(repl.metadata.creationTimestamp) - ev[0], repl.spec.nodeName, repl.status.phase], [1, 'node-1', 'Running'], 'replacement at the next sync');
    const st = h.job('twice').status;
    h.eq([st.active, st.terminating, st.failed], [1, 1, 1], 'status');
  },
};
