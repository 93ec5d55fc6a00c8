// node-2 is down 12s-32s (less than the 40s grace: the node stays Ready) while a container restarted in place
// runs (pod Never, container rule Restart In [7], exits 7, 7, 0). No eviction, no replacement; the pod ends
// Succeeded with restartCount 2 and the Job completes; --check: the simulator's invariants hold.
export default {
  id: 'crr2/node-down-short-running-restart-check',
  source: 'pkg/controller/nodelifecycle (grace period 40s: no NotReady for a 20s outage); ContainerShouldRestart',
  args: ['--check'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nodes}
spec:
  faults:
  - {at: 12s, nodeDown: node-2, for: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ns}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "7,7,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [7]}}
`,
  check(r, h) {
    const pods = h.podsOf('ns');
    h.eq(pods.length, 1, 'one pod');
    h.eq(h.events({ reason: 'NodeNotReady' }).length, 0, 'no NodeNotReady');
    const cs = pods[0].status.containerStatuses[0];
    h.eq([pods[0].status.phase, cs.restartCount, cs.state.terminated?.exitCode], ['Succeeded', 2, 0], 'pod');
    h.hasCond(h.job('ns'), 'Complete', 'CompletionsReached');
  },
};
