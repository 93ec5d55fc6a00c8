// node-failure.yaml with the podFailurePolicy its comment suggests (Ignore on DisruptionTarget): podReplacementPolicy
// is then Failed, so the two pods evicted at +10m50s from unreachable worker-2 are neither failed nor replaced
// while they stay Terminating; when worker-2 returns (+35m) its kubelet reports them Succeeded (their work ended at
// +20m), and the Job completes at +35m01s with succeeded 6, failed 0 and only 6 pods ever created.
export default {
  id: 'scenrev/nf-pfp-waits-for-unreachable-pods',
  source: 'kubernetes pkg/controller/job/job_controller.go isPodFailed/onlyReplaceFailedPods (podFailurePolicy set: only phase Failed counts), manageJob (diff = wantActive - terminating - active when onlyReplaceFailedPods); pkg/apis/batch/v1/defaults.go SetDefaults_Job (podReplacementPolicy Failed with a podFailurePolicy)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: node-failure-pfp
spec:
  seed: 3
  cluster:
    nodePools:
    - { name: worker, count: 3, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
  faults:
  - { at: 5m, nodeDown: worker-2, for: 30m }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: transcode
spec:
  completions: 6
  parallelism: 6
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions:
      - type: DisruptionTarget
  template:
    metadata:
      annotations:
        jobsim/duration: "20m"
    spec:
      containers:
      - name: transcode
        image: registry.example.com/transcode:7.1
        resources:
          requests: { cpu: "1", memory: 2Gi }
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'SuccessfulCreate', name: 'transcode' }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 0, 0, 0, 0], 'no replacement pod');
    const evicted = h.podsOf('transcode').filter((p) => p.spec.nodeName === 'worker-2');
    h.eq(evicted.map((p) => [p.status.phase, p.status.conditions.find((c) => c.type === 'DisruptionTarget')?.reason, h.sec(p.status.containerStatuses[0].state.terminated?.finishedAt)]),
      [['Succeeded', 'DeletionByTaintManager', 1200], ['Succeeded', 'DeletionByTaintManager', 1200]], 'evicted pods ended Succeeded');
    const j = h.job('transcode');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [6, 0, 2101], 'Job');
  },
};
