// The result's events are in the order they happened: firstTimestamp never decreases, across a run that
// mixes CronJob, Job, scheduler, kubelet and node-controller events; each event has count 1 and
// firstTimestamp == lastTimestamp (README: one entry per occurrence).
export default {
  id: 'events/ev26-events-time-ordered',
  source: 'CONTRACT.md §3 (events in the order they happened; count: 1); README known differences (events never aggregated)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mix}
spec:
  duration: 30m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 3m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "*/2 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "3m", jobsim/exit-codes: "1,0"}}
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    h.assert(r.events.length > 50, `enough events (${r.events.length})`);
    let prev = -Infinity;
    for (const e of r.events) {
      const t = Date.parse(e.firstTimestamp);
      h.assert(t >= prev, `out of order at ${e.firstTimestamp} ${e.reason}`);
      prev = t;
      h.eq([e.count, e.lastTimestamp], [1, e.firstTimestamp], `${e.reason} count/lastTimestamp`);
      h.assert(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(e.firstTimestamp), `second precision: ${e.firstTimestamp}`);
    }
    const comps = new Set(r.events.map((e) => e.source.component));
    for (const c of ['cronjob-controller', 'job-controller', 'default-scheduler', 'kubelet', 'node-controller']) h.assert(comps.has(c), `has ${c}`);
  },
};
