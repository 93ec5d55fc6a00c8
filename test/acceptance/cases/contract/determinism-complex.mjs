// Contract §3: the same documents and seed give byte-identical output: random durations, random
// node failures, CronJob, faults and preemption all drawn from the seed (two processes compared).
export default {
  id: 'contract/determinism-complex',
  source: 'CONTRACT.md §3 ("The same documents and seed give byte-identical output on any machine")',
  runs: 2,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: det}
spec:
  seed: 1234
  duration: 12h
  cluster:
    nodePools:
    - {name: w, count: 4, capacity: {cpu: "2", memory: 8Gi, pods: 110}, mtbf: 3h, mttr: 15m}
  behaviors:
  - selector: {matchLabels: {app: etl}}
    duration: {lognormal: {median: 20m, p95: 45m}}
    failureProbability: 0.2
  - selector: {matchLabels: {app: cron}}
    duration: {uniform: [1m, 9m]}
  faults:
  - {at: 3h, controllerDown: cronjob, for: 90m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 30
  parallelism: 6
  backoffLimit: 20
  template:
    metadata: {labels: {app: etl}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cron}
spec:
  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: cron}}
        spec:
          containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: 500m}}}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(r.spec.seed, 1234, 'seed');
    h.assert(r.counts.Pod > 30, `pods ${r.counts.Pod}`);
    const durs = h.podsOf('etl').map((p) => p.status.containerStatuses?.[0]?.state?.terminated).filter(Boolean).map((t) => h.sec(t.finishedAt) - h.sec(t.startedAt));
    h.assert(new Set(durs).size > 3, `lognormal durations vary: ${durs.slice(0, 6)}`);
  },
};
