// Contract §2/§3: namespace defaults to default; items are sorted by kind, namespace, name (Nodes have
// no namespace); PriorityClasses are input only (not items) but counted.
export default {
  id: 'contract/items-sorted-and-namespaces',
  source: 'CONTRACT.md §2 ("Namespace defaults to default"), §3 items "Sorted by kind, namespace, name"',
  scenario: `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: base}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: a, namespace: zeta}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: z, namespace: alpha}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: beta}
spec:
  schedule: "0 0 1 1 *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`,
  args: ['--duration', '1m'],
  check(r, h) {
    const keys = r.items.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name.replace(/-[a-z0-9]{5}$/, '-*')}`);
    h.eq(keys, ['CronJob/beta/cj', 'Job/alpha/z', 'Job/default/m', 'Job/zeta/a', 'Node//node-1', 'Node//node-2', 'Node//node-3', 'Pod/alpha/z-*', 'Pod/default/m-*', 'Pod/zeta/a-*'], 'items order');
    h.eq(h.job('m').metadata.namespace, 'default', 'namespace defaulted');
    h.eq(h.podsOf('m')[0].metadata.namespace, 'default', 'pod namespace');
    h.eq(r.counts.PriorityClass ?? 1, 1, 'PriorityClass count (when listed)');
    h.assert(!r.items.some((o) => o.kind === 'PriorityClass'), 'no PriorityClass in items');
    h.eq(h.podsOf('m')[0].spec.priority, 0, 'no globalDefault: priority 0');
  },
};
