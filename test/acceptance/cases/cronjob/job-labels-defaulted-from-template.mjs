// The CronJob copies only jobTemplate.metadata.labels; when there are none, the API server's SetDefaults_Job runs on the
// decoded request: `obj.Labels = obj.Spec.Template.Labels` assigns the same Go map, the v1->internal conversion keeps the
// sharing (out.ObjectMeta = in.ObjectMeta), and the Job strategy's generateSelector then adds job-name/controller-uid to
// that map in place: the Job ends with the pod template's labels plus the four generated ones.
export default {
  id: 'cronjob/job-labels-defaulted-from-template',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job (map aliasing) + pkg/registry/batch/job/strategy.go generateSelector (mutates Spec.Template.Labels in place) ("labels := obj.Spec.Template.Labels; if labels != nil && len(obj.Labels) == 0 { obj.Labels = labels }"); registry job strategy generateSelector; reference §2.6 l',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 15m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nolabels
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {app: web}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: withlabels
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    metadata:
      labels: {team: a}
    spec:
      template:
        metadata:
          labels: {app: web}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const sorted = (o) => Object.fromEntries(Object.entries(o ?? {}).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    const a = h.job('nolabels-29453770');
    h.eq(sorted(a.metadata.labels), sorted({
      app: 'web',
      'controller-uid': a.metadata.uid,
      'batch.kubernetes.io/controller-uid': a.metadata.uid,
      'job-name': 'nolabels-29453770',
      'batch.kubernetes.io/job-name': 'nolabels-29453770',
    }), 'labels defaulted from the pod template');
    const b = h.job('withlabels-29453770');
    h.eq(b.metadata.labels, { team: 'a' }, 'only the jobTemplate labels');
  },
};
