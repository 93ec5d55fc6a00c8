// Same documents and seed: byte-identical output (two processes) for a run that draws lognormal and
// exponential durations and failure probabilities across an Indexed Job with perIndex, OnFailure restarts
// and a NonIndexed Job.
export default {
  id: 'workload/determinism-random-behaviours',
  source: 'CONTRACT.md §3 ("The same documents and seed give byte-identical output on any machine"); README Time and randomness',
  runs: 2,
  args: ['--seed', '12345'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: det}
spec:
  behaviors:
  - selector: {matchLabels: {app: i}}
    duration: {lognormal: {median: 30s, p95: 3m}}
    failureProbability: 0.4
    failExitCode: 9
    perIndex:
      "1": {duration: {exponential: {mean: 20s}}}
  - selector: {matchLabels: {app: o}}
    duration: {uniform: [1s, 1m]}
    failureProbability: 0.5
---
apiVersion: batch/v1
kind: Job
metadata: {name: i}
spec:
  completionMode: Indexed
  completions: 6
  parallelism: 3
  backoffLimit: 30
  template:
    metadata: {labels: {app: i}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: o}
spec:
  completions: 4
  parallelism: 2
  backoffLimit: 30
  template:
    metadata: {labels: {app: o}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: OnFailure}
`,
  check(r, h) {
    h.hasCond(h.job('i'), 'Complete');
    h.hasCond(h.job('o'), 'Complete');
    const codes = new Set(h.podsOf('i').map((p) => p.status.containerStatuses[0].state.terminated.exitCode));
    h.assert(codes.has(9) && codes.has(0), `both outcomes drawn: ${[...codes]}`);
  },
};
