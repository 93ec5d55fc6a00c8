// An Event is an API object: the API server's create stamps metadata.uid, metadata.resourceVersion and
// metadata.creationTimestamp (the legacy recorder POSTs it in the instant it happens, so
// creationTimestamp = firstTimestamp to the second). Checked on each component's first event.
export default {
  id: 'eventfields/ef18-event-metadata-apiserver',
  source: 'k8s.io/apiserver registry/rest/create.go BeforeCreate (FillObjectMetaSystemFields: CreationTimestamp, UID); client-go record eventBroadcaster StartRecordingToSink (sink.Create); core/v1 Event ObjectMeta',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m}
spec:
  duration: 3m
  faults:
  - {at: 1m, nodeDown: node-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: md}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const firstOf = new Map();
    for (const e of r.events) if (!firstOf.has(e.source.component)) firstOf.set(e.source.component, e);
    h.eq([...firstOf.keys()].sort(), ['default-scheduler', 'job-controller', 'kubelet', 'node-controller'], 'components');
    const uids = new Set();
    for (const [c, e] of firstOf) {
      const m = e.metadata;
      h.assert(typeof m.uid === 'string' && /^[0-9a-f-]{36}$/.test(m.uid), `${c} ${e.reason}: metadata.uid, got ${JSON.stringify(m.uid)}`);
      h.assert(typeof m.resourceVersion === 'string' && /^\d+$/.test(m.resourceVersion), `${c} ${e.reason}: metadata.resourceVersion, got ${JSON.stringify(m.resourceVersion)}`);
      h.eq(m.creationTimestamp, e.firstTimestamp, `${c} ${e.reason}: metadata.creationTimestamp`);
      uids.add(m.uid);
    }
    h.eq(uids.size, firstOf.size, 'distinct event uids');
  },
};
