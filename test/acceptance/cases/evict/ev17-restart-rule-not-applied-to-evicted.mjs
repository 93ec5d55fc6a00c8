// A container restartPolicy Never with a rule "Restart on exit 143" (ContainerRestartRules, 1.35). Evicted at 30s
// it exits 143 on SIGTERM, but the kubelet restarts no container of a pod being deleted: the pod is Failed with
// restartCount 0 and the Job replaces it after the 10s back-off (40s).
export default {
  id: 'evict/ev17-restart-rule-not-applied-to-evicted',
  source: 'kubelet kuberuntime_manager.go computePodActions / pod_workers (a terminating pod is only killed, never restarted); eviction.go addConditionAndDeletePod; job backoff',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 30s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - action: Restart
          exitCodes: {operator: In, values: [143]}
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, cs.state.terminated.exitCode, h.sec(cs.state.terminated.finishedAt)], ['Failed', 0, 143, 30], 'not restarted');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).length, 1, 'started once');
    h.eq(h.sec(q.metadata.creationTimestamp), 40, 'replacement');
  },
};
