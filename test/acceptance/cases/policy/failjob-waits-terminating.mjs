// FailJob while the other pod's node is unreachable: FailureTarget at +31s, the running pod is
// deleted but stays Terminating (its kubelet is away); it is counted failed at once (finalizer
// removed with the failure), status.terminating 1, and Failed waits. Cut at +5m.
export default {
  id: 'policy/failjob-waits-terminating',
  source: 'job-controller.md §2.8 (Failed only when terminating == 0), §2.7, §2.10; job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job with multiple pods; JobPodReplacementPolicy enabled delays setting terminal condition"',
  args: ['--duration', '5m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "1": { duration: 30s, exitCodes: [5] }
  faults:
  - { at: 10s, nodeDown: w-2, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [5] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p0 = h.get('Pod', 'x-0-bn7wn');
    h.eq(p0.spec.nodeName, 'w-2', 'index 0 on the failed node (seed 1)');
    h.eq([p0.status.phase, h.sec(p0.metadata.deletionTimestamp)], ['Running', 61], 'index 0 pod Terminating');
    h.eq((p0.metadata.finalizers ?? []).includes('batch.kubernetes.io/job-tracking'), false, 'tracking finalizer removed');
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', 31]], 'only FailureTarget');
    h.eq([job.status.failed, job.status.terminating, job.status.active ?? 0, job.status.ready], [2, 1, 0, 0], '[failed, terminating, active, ready]');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).length, 0, 'no failure event before Failed');
    h.eq(h.podsOf('x').length, 2, 'no replacement');
  },
};
