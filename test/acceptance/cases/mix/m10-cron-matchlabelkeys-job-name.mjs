// Two CronJobs with pods labelled app: s; "pin" pins its 2 pods to w-1, "spread" spreads by hostname
// with matchLabelKeys [batch.kubernetes.io/job-name]: only the pods of the same Job count, so each
// spread Job puts one pod on each node (without matchLabelKeys both would have to go to w-2).
export default {
  id: 'mix/cron-matchlabelkeys-job-name',
  source: 'pkg/scheduler/framework/plugins/podtopologyspread/common.go (matchLabelKeys: key In (pod label value)); pkg/controller/job generateSelector labels on the template',
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
    for (const j of h.jobsOf('spread')) {
      h.eq(h.podsOf(j.metadata.name).map((p) => p.spec.nodeName).sort(), ['w-1', 'w-2'], j.metadata.name + ' nodes');
    }
    h.eq(h.jobsOf('spread').length, 2, 'spread jobs');
  },
};
