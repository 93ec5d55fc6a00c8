// e2e "should run a job to completion with CPU requests [Serial]": 90 pods, each requesting 20% of the node's CPU,
// pinned to one node by nodeSelector kubernetes.io/hostname, run at most 5 at a time and all complete
// (successes == completions 90).
export default {
  id: 'upstreamtests/e2e-job-cpu-requests',
  source: 'test/e2e/apps/job.go "should run a job to completion with CPU requests [Serial]" (parallelism = completions = 90, cpu request 0.2 x allocatable, nodeSelector kubernetes.io/hostname); scheduler NodeResourcesFit, NodeAffinity',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cpu}
spec:
  cluster:
    nodePools:
    - {name: node, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: all-succeed}
spec:
  parallelism: 90
  completions: 90
  template:
    metadata: {annotations: {jobsim/duration: 10s}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: 800m}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('all-succeed');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    const pods = h.podsOf('all-succeed');
    h.eq([pods.length, pods.filter((p) => p.status.phase === 'Succeeded').length, [...new Set(pods.map((p) => p.spec.nodeName))]], [90, 90, ['node-1']], 'pods, succeeded, nodes');
    const spans = pods.map((p) => [Date.parse(p.status.containerStatuses[0].state.terminated.startedAt), Date.parse(p.status.containerStatuses[0].state.terminated.finishedAt)]);
    let peak = 0;
    for (const [s] of spans) peak = Math.max(peak, spans.filter(([a, b]) => a <= s && s < b).length);
    h.eq(peak, 5, 'at most 5 (= 4000m / 800m) running at once');
  },
};
