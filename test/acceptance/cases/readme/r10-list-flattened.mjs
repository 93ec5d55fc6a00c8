// README: a v1 List (what `kubectl get ... -o yaml` writes) is flattened into its items, as kubectl apply
// does: a Job in its own namespace, a PriorityClass and a CronJob that uses it, all from one List.
export default {
  id: 'readme/list-flattened',
  source: 'README Scenario format ("a v1 List ... is flattened into its items, as kubectl apply does"); kubectl apply (resource.Builder Flatten); Priority admission (spec.priority from the class)',
  args: ['--duration', '1h'],
  scenario: `apiVersion: v1
kind: List
items:
- apiVersion: batch/v1
  kind: Job
  metadata: { name: a, namespace: team }
  spec:
    template:
      spec:
        containers: [{ name: c, image: busybox:1.36 }]
        restartPolicy: Never
- apiVersion: scheduling.k8s.io/v1
  kind: PriorityClass
  metadata: { name: high }
  value: 1000
- apiVersion: batch/v1
  kind: CronJob
  metadata: { name: cj }
  spec:
    schedule: "*/30 * * * *"
    jobTemplate:
      spec:
        template:
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    h.hasCond(h.job('a', 'team'), 'Complete');
    h.eq(h.jobsOf('cj').map((j) => j.metadata.name), ['cj-29453790'], 'CronJob ran at 00:30');
    const p = h.podsOf('cj-29453790')[0];
    h.eq([p.spec.priorityClassName, p.spec.priority], ['high', 1000], 'priority from the List\'s PriorityClass');
    h.eq(r.counts.PriorityClass, 1, 'counts.PriorityClass');
  },
};
