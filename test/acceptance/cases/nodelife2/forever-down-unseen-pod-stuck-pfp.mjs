// w-1 silent for good from 30s; the Job created at 40s has its pod bound there (never seen by the
// kubelet). Evicted at taint + 300s, it stays Terminating for ever (no kubelet, no pod GC rule applies:
// the node exists and is not out of service); with a podFailurePolicy the Job neither counts nor
// replaces it: active 0, terminating 1, failed 0, no finished condition.
export default {
  id: 'nodelife2/forever-down-unseen-pod-stuck-pfp',
  source: 'job_controller.go isPodFailed (podFailurePolicy -> phase Failed only), status.terminating; gc_controller.go gcTerminating (needs out-of-service) / gcOrphaned (needs the node gone); taint_eviction_test.go TestCreatePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 30m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: w-1 }
  timeline:
  - at: 40s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: j }
      spec:
        podFailurePolicy:
          rules:
          - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
        template:
          metadata: { annotations: { jobsim/duration: "1m" } }
          spec:
            nodeSelector: { kubernetes.io/hostname: w-1 }
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Pending', 85 + 300 + 30], 'Terminating for ever');
    h.eq(p.metadata.finalizers, ['batch.kubernetes.io/job-tracking'], 'finalizer kept');
    const j = h.job('j');
    h.eq([j.status.active ?? 0, j.status.terminating, j.status.failed ?? 0], [0, 1, 0], 'status');
    h.eq((j.status.conditions ?? []).length, 0, 'no condition');
  },
};
