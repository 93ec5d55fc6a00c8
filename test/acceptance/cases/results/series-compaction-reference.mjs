// README: a series is a step series "in at most 1000 buckets aligned on the start: each bucket's point
// is the largest value held in it ...; when the value a bucket ends with is lower, a point at the next
// bucket's start (or at the run's end) gives it". 1500 Jobs created by the timeline at irregular whole
// seconds, with pods of 1-7s and 100m-500m: far more than 1000 changing seconds, so buckets are
// coarser than 1s. The pool series must equal a reference computed from the pods' bind and finish times
// at the reported resolution; resolution is a power of two seconds; at most 1000 buckets carry a change.
const N = 1500;
const at = (k) => 7 * k + (k % 3) * 2;
const timeline = Array.from({ length: N }, (_, k) => `  - at: ${at(k)}s
    create: {apiVersion: batch/v1, kind: Job, metadata: {name: j${k}}, spec: {template: {metadata: {annotations: {jobsim/duration: "${(k % 7) + 1}s"}}, spec: {containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: ${100 * ((k % 5) + 1)}m}}}], restartPolicy: Never}}}}
`).join('');
export default {
  id: 'results/series-compaction-reference',
  source: 'README metrics table (pools.NAME.series, pendingSeries: at most 1000 buckets, largest value held per bucket, drops shown)',
  timeoutMs: 120_000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: comp}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "64", memory: 64Gi, pods: 500}}
  timeline:
${timeline}`,
  check(r, h) {
    const s = r.metrics.pools.w.series;
    const R = s.resolutionSeconds;
    h.assert(R > 1 && Number.isInteger(Math.log2(R)), `resolution ${R}: a power of two above 1s`);
    // step changes from the pods: +cpu at binding (PodScheduled), -cpu at the container's finish
    const deltas = new Map();
    const add = (t, d) => deltas.set(t, (deltas.get(t) ?? 0) + d);
    for (const p of h.of('Pod')) {
      const cpu = parseInt(p.spec.containers[0].resources.requests.cpu, 10);
      const bound = h.sec(p.status.conditions.find((c) => c.type === 'PodScheduled').lastTransitionTime);
      const fin = h.sec(p.status.containerStatuses[0].state.terminated.finishedAt);
      add(bound, cpu);
      add(fin, -cpu);
    }
    const times = [...deltas.keys()].sort((a, b) => a - b);
    const end = h.sec(r.spec.end);
    // value held over [times[i], times[i+1])
    const steps = [];
    let v = 0;
    for (let i = 0; i < times.length; i++) {
      v += deltas.get(times[i]);
      steps.push([times[i], i + 1 < times.length ? times[i + 1] : end, v]);
    }
    const changedBuckets = new Set(times.map((t) => Math.floor(t / R)));
    h.assert(changedBuckets.size <= 1000, `${changedBuckets.size} buckets with a change at resolution ${R}`);
    const ref = [];
    const push = (t, x) => { if (!ref.length || ref[ref.length - 1][1] !== x) ref.push([t, x]); };
    const lastBucket = Math.floor((end - 1e-9) / R);
    for (let b = 0; b <= lastBucket; b++) {
      const from = b * R, to = Math.min((b + 1) * R, end);
      let max = -Infinity, endVal = 0;
      for (const [s0, s1, x] of steps) {
        if (s1 > from && s0 < to && s1 > s0) max = Math.max(max, x);
        if (s0 < to) endVal = x;
      }
      if (max === -Infinity) max = endVal;
      push(from, max);
      if (endVal < max && b === lastBucket) push(end, endVal);
    }
    const got = s.cpuRequestedMilli;
    const firstDiff = ref.findIndex((p, i) => JSON.stringify(p) !== JSON.stringify(got[i]));
    h.assert(firstDiff < 0 && got.length === ref.length, `series differs from the reference at point ${firstDiff}: got ${JSON.stringify(got.slice(Math.max(0, firstDiff - 1), firstDiff + 3))}, expected ${JSON.stringify(ref.slice(Math.max(0, firstDiff - 1), firstDiff + 3))} (R=${R}, ${got.length} vs ${ref.length} points)`);
  },
};
