// A Job deleted and created again under the same name is a new Job (new uid): its attempts start again at
// the first exit code. First Job "r": pod 1 exits 1 at 5s, the Job is deleted at 8s (before the
// 15s replacement) and re-created at 30s: its first pod exits 1 again.
export default {
  id: 'workload/recreated-job-restarts-attempts',
  source: 'CONTRACT.md §2 (attempt: the n-th pod of a Job); README timeline create/delete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rc}
spec:
  timeline:
  - {at: 8s, delete: {kind: Job, name: r}}
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: r}
      spec:
        template:
          metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1,0"}}
          spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1,0"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const jobs = h.of('Job').filter((j) => j.metadata.name === 'r').sort((a, b) => h.sec(a.metadata.creationTimestamp) - h.sec(b.metadata.creationTimestamp));
    h.eq(jobs.map((j) => h.sec(j.metadata.creationTimestamp)), [0, 30], 'both Jobs r in items');
    const uid = jobs[1].metadata.uid;
    const mine = h.of('Pod').filter((p) => p.metadata.ownerReferences?.[0]?.uid === uid).sort((a, b) => h.sec(a.metadata.creationTimestamp) - h.sec(b.metadata.creationTimestamp));
    const runs = mine.map((p) => { const t = p.status.containerStatuses[0].state.terminated; return [t.exitCode, h.sec(t.startedAt), h.sec(t.finishedAt)]; });
    h.eq(runs, [[1, 30, 35], [0, 45, 50]], 'second Job: exit 1 then 0');
  },
};
