// Contract §3: timestamp fields are RFC 3339 in UTC with second precision (YYYY-MM-DDTHH:MM:SSZ), in
// items and events, even when the start and durations are not whole seconds.
export default {
  id: 'contract/timestamps-second-precision',
  source: 'CONTRACT.md §3 ("Timestamp fields are RFC 3339 in UTC with second precision, as the API server writes them"); metav1.Time MarshalJSON (RFC3339 seconds)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ts}
spec:
  start: "2026-07-01T10:00:00.750+02:00"
  latencies: {scheduling: 300ms, imagePull: 1250ms, containerStart: 100ms}
  duration: 30m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/7 * * * *"
  timeZone: Asia/Kolkata
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "2750ms", jobsim/exit-codes: "1,0"}}
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const re = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    const bad = [];
    const walk = (x, path) => {
      if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (x && typeof x === 'object') {
        for (const [k, v] of Object.entries(x)) {
          if (k === 'annotations' || k === 'labels') continue;
          if (typeof v === 'string' && /(Time|Timestamp|At)$/.test(k) && !re.test(v)) bad.push(`${path}.${k}=${v}`);
          walk(v, `${path}.${k}`);
        }
      }
    };
    walk(r.items, 'items');
    walk(r.events, 'events');
    h.eq(bad.slice(0, 5), [], 'non-conforming timestamps');
    h.eq(r.spec.start, '2026-07-01T08:00:00Z', 'spec.start in UTC, second precision');
    h.assert(re.test(r.spec.end), `spec.end ${r.spec.end}`);
    const ann = h.jobsOf('cj').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']);
    h.assert(ann.length > 0 && ann.every((a) => /\+05:30$/.test(a)), `scheduled-timestamp in the CronJob's zone: ${ann}`);
  },
};
