// Contract §2: a pod template's jobsim/duration and jobsim/exit-codes annotations win over behaviors.
// jobsim/exit-codes "1,1,0": attempts 1 and 2 fail, the third and later succeed.
export default {
  id: 'contract/annotations-win',
  source: 'CONTRACT.md §2 (annotations jobsim/duration "30s" and jobsim/exit-codes "1,1,0" win over behaviors)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ann}
spec:
  behaviors:
  - selector: {matchLabels: {app: a}}
    duration: 20m
    exitCodes: [7]
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  completions: 2
  template:
    metadata:
      labels: {app: a}
      annotations: {jobsim/duration: "30s", jobsim/exit-codes: "1,1,0"}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.podsOf('a').map((p) => p.status.containerStatuses[0].state.terminated);
    h.eq(t.map((x) => [x.exitCode, h.sec(x.startedAt), h.sec(x.finishedAt)]), [[1, 0, 30], [1, 40, 70], [0, 90, 120], [0, 121, 151]], 'attempts: 30s each; 1, 1, 0, then 0 repeats');
    h.hasCond(h.job('a'), 'Complete');
    h.eq(h.job('a').status.failed, 2, 'failed');
  },
};
