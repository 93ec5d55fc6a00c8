// Jobs "j" in namespaces x and yy (and default): each SuccessfulCreate event is stored in its Job's namespace and names
// that Job's uid; each pod's ownerReference is its own namespace's Job; every Scheduled message is "ns/pod".
const job = (ns) => `apiVersion: batch/v1
kind: Job
metadata: {name: j${ns ? `, namespace: ${ns}` : ''}}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'namespaces/ns31-same-name-jobs-events-uids',
  source: 'client-go tools/record makeEvent (namespace of the involved object); job_controller.go manageJob (pods in job.Namespace, controllerRef)',
  scenario: [job('x'), job('yy'), job('')].join('---\n'),
  check(r, h) {
    const uids = Object.fromEntries(['default', 'x', 'yy'].map((ns) => [ns, h.job('j', ns).metadata.uid]));
    h.eq(new Set(Object.values(uids)).size, 3, 'distinct uids');
    const sc = r.events.filter((e) => e.reason === 'SuccessfulCreate');
    h.eq(sc.length, 3, 'three SuccessfulCreate');
    for (const e of sc) h.eq([e.metadata.namespace, e.involvedObject.uid], [e.involvedObject.namespace, uids[e.involvedObject.namespace]], 'event of ' + e.involvedObject.namespace);
    for (const p of h.of('Pod')) {
      h.eq(p.metadata.ownerReferences[0].uid, uids[p.metadata.namespace], 'owner of ' + p.metadata.name);
      const s = r.events.find((e) => e.reason === 'Scheduled' && e.involvedObject.uid === p.metadata.uid);
      h.eq(s.message, `Successfully assigned ${p.metadata.namespace}/${p.metadata.name} to ${p.spec.nodeName}`, 'Scheduled');
    }
    h.eq(r.counts.Job, 3, 'counts.Job');
  },
};
