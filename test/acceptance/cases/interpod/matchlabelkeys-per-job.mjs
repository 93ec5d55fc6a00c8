// Two Jobs share app=batch and keep one pod per node each, through matchLabelKeys [batch.kubernetes.io/job-name]:
// the merged selector (app=batch, job-name In [own]) ignores the other Job's pods, so both Jobs fill both nodes.
export default {
  id: 'interpod/matchlabelkeys-per-job',
  source: 'kubernetes/kubernetes pkg/registry/core/pod/strategy.go applyMatchLabelKeysAndMismatchLabelKeys (MatchLabelKeysInPodAffinity, beta on since 1.31); interpodaffinity/filtering.go satisfyPodAntiAffinity; website concepts/scheduling-eviction/assign-pod-node.md ("matchLabelKeys")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: one }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: batch }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: batch } }, matchLabelKeys: [batch.kubernetes.io/job-name], topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: two }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: batch }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: batch } }, matchLabelKeys: [batch.kubernetes.io/job-name], topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('one').map((p) => p.spec.nodeName).sort(), ['w-1', 'w-2'], 'Job one: one pod per node');
    h.eq(h.podsOf('two').map((p) => p.spec.nodeName).sort(), ['w-1', 'w-2'], 'Job two: one pod per node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
