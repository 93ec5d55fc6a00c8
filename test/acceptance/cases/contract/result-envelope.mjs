// Contract §3: the result document is exactly { apiVersion: jobsim/v1alpha1, kind: SimulationResult,
// metadata.name (the Simulation's name), spec.{seed,start,end,endedBy}, items, events, metrics, counts }.
// A Job-only scenario without duration ends by quiet; start is the file's (an offset time is given in UTC).
export default {
  id: 'contract/result-envelope',
  source: 'CONTRACT.md §3 (result document), §2 (spec.start, seed); README "spec.endedBy"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: nightly-backup
spec:
  seed: 42
  start: "2026-03-01T12:00:00+01:00"
---
apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(Object.keys(r), ['apiVersion', 'kind', 'metadata', 'spec', 'items', 'events', 'metrics', 'counts'], 'top-level keys, in the contract order');
    h.eq([r.apiVersion, r.kind], ['jobsim/v1alpha1', 'SimulationResult'], 'apiVersion/kind');
    h.eq(r.metadata, { name: 'nightly-backup' }, 'metadata');
    h.eq(Object.keys(r.spec), ['seed', 'start', 'end', 'endedBy'], 'spec keys');
    h.eq(r.spec.seed, 42, 'spec.seed from the file');
    h.eq(r.spec.start, '2026-03-01T11:00:00Z', 'spec.start in UTC');
    h.eq(r.spec.endedBy, 'quiet', 'endedBy without duration nor CronJob');
    h.assert(Array.isArray(r.items) && Array.isArray(r.events), 'items and events are arrays');
    h.assert(r.metrics && typeof r.metrics === 'object' && !Array.isArray(r.metrics), 'metrics object');
    const job = h.job('pi');
    h.eq(job.metadata.creationTimestamp, '2026-03-01T11:00:00Z', 'Job created at the start');
    h.eq(job.status.completionTime, '2026-03-01T11:00:11Z', 'default container: 10s, exit 0; +1s batching');
    h.assert(h.sec(r.spec.end) >= 11, `end ${r.spec.end} not before the last completion`);
  },
};
