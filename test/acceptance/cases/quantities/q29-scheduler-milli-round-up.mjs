// cpu "0.0001" is rounded up to 1m (SetDefaults_ResourceList), and the scheduler counts 1 milli-CPU per pod:
// on a node of cpu "2m" two pods fit, the third waits ("1 Insufficient cpu") until one finishes at 60s.
export default {
  id: 'quantities/scheduler-milli-round-up',
  source: 'core/v1 defaults.go SetDefaults_ResourceList (RoundUp(-3)); noderesources/fit.go fitsRequest (MilliCPU); FitError.Error',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2m", memory: 8Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "0.0001"}}}
`,
  check(r, h) {
    const pods = h.podsOf('q');
    h.eq(pods.map((p) => p.spec.containers[0].resources.requests.cpu), ['1m', '1m', '1m'], 'requests rounded up');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 1, 'one FailedScheduling');
    h.eq(fs[0].message, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.', 'message');
    const starts = pods.map((p) => h.sec(p.status.startTime)).sort((a, b) => a - b);
    h.eq(starts, [0, 0, 60], 'start times');
  },
};
