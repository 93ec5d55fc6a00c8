// A namespace of exactly 63 characters is valid: the Job completes at +11s, its pod and all events are in it.
const ns = 'a'.repeat(31) + '-' + 'b'.repeat(31);
export default {
  id: 'namespaces/ns03-63-char-namespace-runs',
  source: 'util/validation IsDNS1123Label (DNS1123LabelMaxLength 63); client-go record makeEvent (event namespace = involved object namespace)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: ${ns}}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(ns.length, 63, 'length');
    const j = h.job('j', ns);
    h.eq(h.sec(j.status.completionTime), 11, 'completion');
    h.eq(h.of('Pod').map((p) => p.metadata.namespace), [ns], 'pod namespace');
    const evs = r.events.filter((e) => e.involvedObject.kind !== 'Node');
    h.assert(evs.length > 0, 'events');
    for (const e of evs) h.eq([e.metadata.namespace, e.involvedObject.namespace], [ns, ns], e.reason);
    h.eq(r.events.find((e) => e.reason === 'Scheduled').message.startsWith(`Successfully assigned ${ns}/j-`), true, 'Scheduled message names ns/pod');
  },
};
