// makeEvent stores an event in its involved object's namespace, "default" for a cluster-scoped one:
// every Pod/Job/CronJob event of a run in namespace "tenant" is stored in "tenant" and names it in
// involvedObject.namespace; Node events are stored in "default" with no involvedObject.namespace.
export default {
  id: 'eventfields/ef25-event-namespaces',
  source: 'client-go tools/record/event.go makeEvent (namespace := ref.Namespace; "" -> metav1.NamespaceDefault)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ns}
spec:
  duration: 12m
  faults:
  - {at: 6m, nodeDown: node-1, for: 3m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: tenant}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          nodeSelector: {kubernetes.io/hostname: node-1}
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`,
  check(r, h) {
    const kinds = new Set();
    for (const e of r.events) {
      const k = e.involvedObject.kind;
      kinds.add(k);
      if (k === 'Node') h.eq([e.metadata.namespace, e.involvedObject.namespace ?? ''], ['default', ''], `${e.reason} on Node`);
      else h.eq([e.metadata.namespace, e.involvedObject.namespace], ['tenant', 'tenant'], `${e.reason} on ${k}`);
    }
    h.eq([...kinds].sort(), ['CronJob', 'Job', 'Node', 'Pod'], 'kinds seen');
  },
};
