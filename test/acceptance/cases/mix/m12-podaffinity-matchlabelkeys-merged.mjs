// MatchLabelKeysInPodAffinity (beta since 1.31, on): the API server merges a pod (anti-)affinity
// term's matchLabelKeys into its labelSelector at pod creation (key In (value)).
export default {
  id: 'mix/podaffinity-matchlabelkeys-merged',
  source: 'pkg/registry/core/pod/strategy.go PrepareForCreate -> mutatePodAffinity -> applyMatchLabelKeysAndMismatchLabelKeys',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {labels: {app: s}}
    spec:
      restartPolicy: Never
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: s}}, matchLabelKeys: [batch.kubernetes.io/job-name]}
      containers: [{name: main, image: busybox:1.36}]
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector, { matchLabels: { app: 's' }, matchExpressions: [{ key: 'batch.kubernetes.io/job-name', operator: 'In', values: ['j'] }] }, 'pod labelSelector');
  },
};
