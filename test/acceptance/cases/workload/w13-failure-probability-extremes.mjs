// failureProbability 1 fails every attempt, with exit 1 when failExitCode is not set, whatever exitCodes
// says; failureProbability 0 never fails (exitCodes decide).
export default {
  id: 'workload/failure-probability-extremes',
  source: 'README Scenario behaviors (failureProbability; failExitCode, default 1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fx}
spec:
  behaviors:
  - selector: {matchLabels: {app: always}}
    duration: 5s
    exitCodes: [0]
    failureProbability: 1
  - selector: {matchLabels: {app: never}}
    duration: 5s
    exitCodes: [3, 0]
    failureProbability: 0
---
apiVersion: batch/v1
kind: Job
metadata: {name: always}
spec:
  backoffLimit: 2
  template:
    metadata: {labels: {app: always}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: never}
spec:
  template:
    metadata: {labels: {app: never}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const codes = (n) => h.podsOf(n).map((p) => p.status.containerStatuses[0].state.terminated.exitCode);
    h.eq(codes('always'), [1, 1, 1], 'always: exit 1 on each of 3 attempts');
    h.hasCond(h.job('always'), 'Failed', 'BackoffLimitExceeded');
    h.eq(codes('never'), [3, 0], 'never: exit codes as listed');
    h.hasCond(h.job('never'), 'Complete');
  },
};
