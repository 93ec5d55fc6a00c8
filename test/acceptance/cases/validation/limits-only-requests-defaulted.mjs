// A container with limits and no requests: SetDefaults_Pod copies limits into requests on the pods
// (not the template). Two pods asking 3 CPU each cannot share one 4-CPU node: the second waits for the first.
export default {
  id: 'validation/limits-only-requests-defaulted',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod ("If limits are specified, but requests are not, default requests to limits ... only on a v1.Pod and not a v1.PodTemplate"); scheduler NodeResourcesFit',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lim}
spec:
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 16Gi, pods: 110 }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: lim
spec:
  parallelism: 2
  completions: 2
  template:
    metadata:
      annotations: {jobsim/duration: "60s"}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        resources:
          limits: { cpu: "3" }
`,
  check(r, h) {
    const job = h.job('lim');
    h.eq(job.spec.template.spec.containers[0].resources.requests, undefined, 'template keeps no requests');
    const pods = h.podsOf('lim');
    h.eq(pods.length, 2, 'two pods');
    for (const p of pods) h.eq(p.spec.containers[0].resources.requests, { cpu: '3' }, `${p.metadata.name} requests defaulted from limits`);
    const starts = pods.map((p) => h.sec(p.status.startTime)).sort((a, b) => a - b);
    h.near(starts[0], 0, 0, 'first pod starts at once');
    h.assert(starts[1] >= 60, `second pod waits for the first to finish (started at ${starts[1]}s)`);
    h.assert(h.events({ reason: 'FailedScheduling' }).length >= 1, 'a FailedScheduling event for the second pod');
    h.hasCond(job, 'Complete');
  },
};
