// podFailurePolicy Ignore on DisruptionTarget: the pod failed by pod GC (DeletionByPodGC) is
// replaced and not counted.
export default {
  id: 'cluster/podgc-pfp-ignore',
  source: 'cronjob-and-friends.md §5.5 (Ignore matches DeletionByPodGC); job_controller.go podFailurePolicy Ignore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.hasCond(job, 'Complete');
    h.eq([job.status.failed ?? 0, job.status.succeeded], [0, 2], '[failed, succeeded]');
    const pods = h.podsOf('j');
    h.eq(pods.length, 3, 'pods');
    h.hasCond(pods.find((p) => p.spec.nodeName === 'w-1'), 'DisruptionTarget', 'DeletionByPodGC');
  },
};
