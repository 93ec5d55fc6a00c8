// An Indexed Job's preempted pod is recreated for the same completion index: index 0 succeeds at
// +10s and index 2 starts at +11s; the preemptor at +60s evicts index 2 (started later than index 1,
// so less important), and index 2 gets a new pod low-2-xxxxx at +70s (10s back-off).
export default {
  id: 'preempt2/indexed-victim-index-recreated',
  source: 'default_preemption.go SelectVictimsOnNode (MoreImportantPod: equal priority, earlier start kept); pkg/controller/job/indexed_job_utils.go firstPendingIndexes (the failed index is pending again) and podGenerateNameWithIndex; backoff_utils.go (10s)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { batch.kubernetes.io/job-name: low } }
    duration: 1h
    perIndex:
      "0": { duration: 10s }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const idx = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const pods = h.podsOf('low');
    h.eq(pods.map((p) => [idx(p), h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['2', 11], ['2', 70]], 'pods per index');
    const victim = pods[2];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[60, victim.metadata.name]], 'index 2 preempted');
    h.assert(/^low-2-[a-z0-9]{5}$/.test(pods[3].metadata.name), `replacement named low-2-xxxxx: ${pods[3].metadata.name}`);
    h.eq([pods[3].spec.hostname, pods[3].metadata.labels['batch.kubernetes.io/job-completion-index']], ['low-2', '2'], 'hostname and label of index 2');
    const j = h.job('low');
    h.eq([j.status.completedIndexes, j.status.succeeded, j.status.failed, j.status.active], ['0', 1, 1, 2], '[completedIndexes, succeeded, failed, active]');
  },
};
