// Since 1.33 (MatchLabelKeysInPodTopologySpreadSelectorMerge, beta, on), the API server merges
// matchLabelKeys into the pod's labelSelector at creation: the stored pod's constraint carries
// matchExpressions [{key: batch.kubernetes.io/job-name, operator: In, values: [<job name>]}].
export default {
  id: 'mix/matchlabelkeys-merged-into-selector',
  source: 'pkg/registry/core/pod/strategy.go PrepareForCreate -> mutateTopologySpreadConstraints -> applyMatchLabelKeys -> applyLabelKeysToLabelSelector',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s12}
spec:
  duration: 3m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 8Gi}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: pin}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      parallelism: 2
      completions: 2
      template:
        metadata: {labels: {app: s}, annotations: {jobsim/duration: "5m"}}
        spec:
          restartPolicy: Never
          nodeSelector: {kubernetes.io/hostname: w-1}
          containers: [{name: main, image: busybox:1.36}]
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: spread}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      parallelism: 2
      completions: 2
      template:
        metadata: {labels: {app: s}, annotations: {jobsim/duration: "5m"}}
        spec:
          restartPolicy: Never
          topologySpreadConstraints:
          - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: s}}, matchLabelKeys: [batch.kubernetes.io/job-name]}
          containers: [{name: main, image: busybox:1.36}]`,
  check(r, h) {
    const j = h.jobsOf('spread')[0];
    const p = h.podsOf(j.metadata.name)[0];
    h.eq(p.spec.topologySpreadConstraints[0].labelSelector, { matchLabels: { app: 's' }, matchExpressions: [{ key: 'batch.kubernetes.io/job-name', operator: 'In', values: [j.metadata.name] }] }, 'pod labelSelector');
    h.eq(p.spec.topologySpreadConstraints[0].matchLabelKeys, ['batch.kubernetes.io/job-name'], 'matchLabelKeys kept');
  },
};
