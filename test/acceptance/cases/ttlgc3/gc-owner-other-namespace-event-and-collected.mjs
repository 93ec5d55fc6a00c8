// Job b/x is created at 10s with an ownerReference carrying the uid of CronJob a/cj, which lives in another namespace.
// Owner references are namespace-local: the graph builder finds the observed owner in namespace a, records a Warning
// OwnerRefInvalidNamespace event on the Job (source garbage-collector-controller) and queues it; isDangling looks the
// owner up by name in namespace b (NotFound), so its only owner is dangling and the Job is deleted (background) at 10s.
export default {
  id: 'ttlgc3/gc-owner-other-namespace-event-and-collected',
  source: 'pkg/controller/garbagecollector/graph_builder.go addDependentToOwners ("the dependent\'s namespace doesn\'t match the observed owner\'s namespace, this is definitely wrong") + reportInvalidNamespaceOwnerRef (Warning OwnerRefInvalidNamespace "ownerRef %s does not exist in namespace %q", objectReference.String "[%s/%s, namespace: %s, name: %s, uid: %s]"); garbagecollector.go isDangling (GET in the dependent\'s namespace) / attemptToDeleteItem (Background); k8s docs Owners and Dependents ("Cross-namespace owner references are disallowed by design")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: x
        namespace: b
        ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87}]
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 1m}}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: a}
spec:
  schedule: "0 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj', 'a').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded uid of a/cj (scenario premise)');
    const x = h.job('x', 'b');
    const ev = r.events.filter((e) => e.reason === 'OwnerRefInvalidNamespace');
    h.eq(ev.map((e) => [e.type, e.involvedObject.kind, e.involvedObject.namespace, e.involvedObject.name, e.involvedObject.uid === x.metadata.uid, e.source.component, h.sec(e.firstTimestamp), e.message]),
      [['Warning', 'Job', 'b', 'x', true, 'garbage-collector-controller', 10, 'ownerRef [batch/v1/CronJob, namespace: b, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87] does not exist in namespace "b"']], 'one OwnerRefInvalidNamespace event');
    h.eq(h.sec(x.metadata.deletionTimestamp), 10, 'the Job is garbage collected at once');
    h.eq(h.events({ reason: 'Completed', name: 'x' }).length, 0, 'never completes');
    for (const p of h.podsOf('x')) h.assert(p.metadata.deletionTimestamp !== undefined && h.sec(p.metadata.deletionTimestamp) <= 40, `pod ${p.metadata.name} collected with the Job`);
  },
};
