// 100 Jobs at once in one namespace (300 pod slots): each runs its pod at +0s and is Complete at +11s
// (10s pod, 1s batched sync); Jobs do not wait for each other.
export default {
  id: 'scale/many-jobs-one-namespace',
  source: 'job_controller.go one work-queue key per Job; reference §3.6 (1s batch)',
  timeoutMs: 120000,
  scenario: `
---
apiVersion: batch/v1
kind: Job
metadata: { name: j001, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j002, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j003, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j004, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j005, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j006, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j007, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j008, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j009, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j010, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j011, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j012, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j013, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j014, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j015, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j016, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j017, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j018, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j019, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j020, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j021, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j022, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j023, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j024, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j025, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j026, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j027, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j028, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j029, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j030, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j031, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j032, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j033, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j034, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j035, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j036, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j037, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j038, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j039, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j040, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j041, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j042, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j043, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j044, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j045, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j046, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j047, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j048, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j049, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j050, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j051, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j052, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j053, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j054, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j055, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j056, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j057, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j058, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j059, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j060, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j061, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j062, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j063, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j064, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j065, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j066, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j067, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j068, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j069, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j070, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j071, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j072, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j073, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j074, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j075, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j076, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j077, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j078, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j079, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j080, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j081, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j082, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j083, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j084, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j085, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j086, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j087, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j088, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j089, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j090, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j091, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j092, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j093, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j094, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j095, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j096, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j097, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j098, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j099, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j100, namespace: default }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.length, 100, 'jobs');
    h.eq([...new Set(jobs.map((j) => h.sec(j.status.completionTime)))], [11], 'completionTime');
    h.eq([...new Set(jobs.map((j) => j.status.succeeded))], [1], 'succeeded');
    h.eq([r.counts.Job, r.counts.Pod, r.metrics.jobs.complete], [100, 100, 100], 'counts');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 11, p95: 11, p99: 11, max: 11 }, 'durations');
  },
};
