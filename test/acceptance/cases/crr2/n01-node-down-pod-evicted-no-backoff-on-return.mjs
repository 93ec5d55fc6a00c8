// Pod Never, container OnFailure, exits 1, 1, 0. node-2 (the pod's) stops answering at 15s for 10m, during the
// second run; the run ends (exit 1) at 20s while the kubelet is cut off. The node goes NotReady (65s), the
// taint manager evicts the pod at 370s (DisruptionTarget, deletionTimestamp), the Job replaces it. When the
// kubelet is back (615s) the pod is being deleted: ShouldContainerBeRestarted is false for a deleted pod, so
// there is no crash-loop back-off and no BackOff event; the pod ends Failed with the run that ended at 20s
// (exit 1) and the first run as lastState. jobsim --check finds no invariant violation.
export default {
  id: 'crr2/node-down-pod-evicted-no-backoff-on-return',
  source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted (pod.DeletionTimestamp != nil -> false); kuberuntime computePodActions; pkg/controller/tainteviction',
  args: ['--check'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nodes}
spec:
  faults:
  - {at: 15s, nodeDown: node-2, for: 10m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: nd}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
`,
  check(r, h) {
    const [old, repl] = h.podsOf('nd');
    h.eq(old.spec.nodeName, 'node-2', 'first pod on node-2');
    h.eq(h.events({ kind: 'Pod', reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [370], 'eviction');
    h.eq(h.events({ kind: 'Pod', name: old.metadata.name, reason: 'BackOff' }).length, 0, 'no BackOff for the deleted pod');
    const cs = old.status.containerStatuses[0];
    h.eq([old.status.phase, cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.finishedAt), h.sec(cs.lastState.terminated?.finishedAt)], ['Failed', 1, 1, 20, 10], 'old pod');
    h.eq(repl.status.phase, 'Succeeded', 'replacement');
    h.eq(h.sec(h.hasCond(h.job('nd'), 'Complete').lastTransitionTime), 616, 'Complete once the old pod is gone');
  },
};
