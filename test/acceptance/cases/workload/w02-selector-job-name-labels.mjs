// The Job controller labels every pod with batch.kubernetes.io/job-name and the legacy job-name (and
// both controller-uid labels); behaviours may select on either form. A rule on batch.kubernetes.io/job-name
// picks Job "named", one on the legacy job-name label picks Job "legacy", an Exists on
// batch.kubernetes.io/controller-uid matches every other Job pod.
export default {
  id: 'workload/selector-job-name-labels',
  source: 'pkg/registry/batch/job/strategy.go generateSelector (job-name, controller-uid, batch.kubernetes.io/ forms); CONTRACT.md §2 behaviors selector on pod labels',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sel}
spec:
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-name: named}}
    duration: 25s
  - selector: {matchExpressions: [{key: job-name, operator: In, values: [legacy]}]}
    duration: 35s
  - selector: {matchExpressions: [{key: batch.kubernetes.io/controller-uid, operator: Exists}]}
    duration: 45s
---
apiVersion: batch/v1
kind: Job
metadata: {name: named}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: legacy}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: rest}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const d = (n) => h.podsOf(n).map((p) => { const t = p.status.containerStatuses[0].state.terminated; return h.sec(t.finishedAt) - h.sec(t.startedAt); });
    h.eq([d('named'), d('legacy'), d('rest')], [[25], [35], [45]], 'durations by label rule');
    const p = h.podsOf('rest')[0];
    const uid = h.job('rest').metadata.uid;
    h.eq([p.metadata.labels['job-name'], p.metadata.labels['batch.kubernetes.io/job-name'], p.metadata.labels['controller-uid'], p.metadata.labels['batch.kubernetes.io/controller-uid']], ['rest', 'rest', uid, uid], 'controller labels');
  },
};
