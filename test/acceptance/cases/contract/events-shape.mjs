// Contract §3: events are core/v1 Events in the order they happened, one per occurrence: type, reason,
// message, involvedObject.{kind,namespace,name,uid}, firstTimestamp = lastTimestamp, count 1,
// source.component from the listed set; the uid is that of the object in items.
export default {
  id: 'contract/events-shape',
  source: 'CONTRACT.md §3 events; k8s.io/api core/v1 Event',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  duration: 20m
  faults:
  - {at: 2m, nodeDown: node-1}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 60
      template:
        metadata: {annotations: {jobsim/exit-codes: "1,0"}}
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: pinned}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const allowed = new Set(['job-controller', 'cronjob-controller', 'default-scheduler', 'kubelet', 'node-controller', 'taint-eviction-controller', 'ttl-after-finished-controller']);
    const uids = new Map(r.items.map((o) => [o.metadata.uid, o]));
    let prev = -Infinity;
    const comps = new Set();
    for (const e of r.events) {
      const w = `${e.reason} on ${e.involvedObject?.kind}/${e.involvedObject?.name}`;
      h.assert(e.type === 'Normal' || e.type === 'Warning', `${w}: type ${e.type}`);
      h.assert(typeof e.reason === 'string' && /^[A-Z][A-Za-z]+$/.test(e.reason), `${w}: reason`);
      h.assert(typeof e.message === 'string' && e.message.length > 0, `${w}: message`);
      h.eq(e.count, 1, `${w}: count`);
      h.eq(e.firstTimestamp, e.lastTimestamp, `${w}: first = last`);
      h.assert(allowed.has(e.source?.component), `${w}: source.component ${e.source?.component}`);
      comps.add(e.source.component);
      const o = uids.get(e.involvedObject.uid);
      h.assert(o, `${w}: involvedObject.uid ${e.involvedObject.uid} is an item`);
      h.eq([e.involvedObject.kind, e.involvedObject.name, e.involvedObject.namespace ?? ''], [o.kind, o.metadata.name, o.metadata.namespace ?? ''], `${w}: involvedObject`);
      const t = Date.parse(e.firstTimestamp);
      h.assert(t >= prev, `${w}: out of order at ${e.firstTimestamp}`);
      prev = t;
    }
    for (const c of ['job-controller', 'cronjob-controller', 'default-scheduler', 'kubelet', 'node-controller', 'taint-eviction-controller']) h.assert(comps.has(c), `some event from ${c}: ${[...comps]}`);
    h.eq(r.counts.Event, r.events.length, 'counts.Event');
  },
};
