// Work-queue Jobs after their first success: wantActive = active, whatever parallelism says. Raising parallelism
// 3 -> 5 creates no pod; lowering it 3 -> 1 deletes none (two pods keep running above parallelism). Both Jobs
// complete when their last pod ends, with succeeded 3.
export default {
  id: 'interplay/wq-parallelism-change-after-success',
  source: 'job_controller.go manageJob ("unless the job has seen at least once success, in which leave whatever is running, running": wantActive = active); reference §2.6 step 2, §15 item 11',
  args: ['--check'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip6}
spec:
  behaviors:
    - selector: {matchLabels: {app: wq}}
      duration: {uniform: [10s, 100s]}
  timeline:
    - { at: 50500ms, patch: { kind: Job, name: up, spec: { parallelism: 5 } } }
    - { at: 50500ms, patch: { kind: Job, name: down, spec: { parallelism: 1 } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: up}
spec:
  parallelism: 3
  template:
    metadata: {labels: {app: wq}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: down}
spec:
  parallelism: 3
  template:
    metadata: {labels: {app: wq}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const name of ['up', 'down']) {
      const pods = h.podsOf(name);
      h.eq(pods.length, 3, `${name}: no pod created after the change`);
      const ends = pods.map((p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)).sort((a, b) => a - b);
      h.assert(ends[0] < 50 && ends[2] > 51, `${name}: one pod done before the change, one after (${ends})`);
      h.eq(pods.map((p) => p.status.phase), ['Succeeded', 'Succeeded', 'Succeeded'], `${name}: every pod ran to its end`);
      h.eq(pods.filter((p) => p.metadata.deletionTimestamp).length, 0, `${name}: no pod deleted`);
      const job = h.job(name);
      h.eq([job.status.succeeded, job.status.failed ?? 0], [3, 0], `${name}: [succeeded, failed]`);
      h.eq(h.sec(job.status.completionTime), ends[2] + 1, `${name}: completionTime one sync after the last pod`);
      h.eq(h.events({ kind: 'Job', name, reason: 'SuccessfulDelete' }).length, 0, `${name}: no SuccessfulDelete`);
    }
  },
};
