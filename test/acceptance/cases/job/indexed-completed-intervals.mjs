// completedIndexes: runs of 3+ are "a-b", runs of 2 are "a,b"; succeeded is the number of completed indexes.
const job = (name, completions) => `
apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  completionMode: Indexed
  completions: ${completions}
  parallelism: ${completions}
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`;
export default {
  id: 'job/indexed-completed-intervals',
  source: 'indexed_job_utils.go orderedIntervals.String (x; x,y for a run of two; x-y for longer runs); reference §14',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ixi}
spec:
  behaviors:
    - selector: { matchLabels: { app: a } }
      duration: 10s
      perIndex:
        "1": { duration: 1h }
        "4": { duration: 1h }
    - selector: { matchLabels: { app: b } }
      duration: 10s
      perIndex:
        "3": { duration: 1h }
        "7": { duration: 1h }
---${job('a', 7)}---${job('b', 9)}`,
  check(r, h) {
    const a = h.job('a');
    h.eq([a.status.completedIndexes, a.status.succeeded, a.status.active, a.status.ready], ['0,2,3,5,6', 5, 2, 2], 'a: [completedIndexes, succeeded, active, ready]');
    const b = h.job('b');
    h.eq([b.status.completedIndexes, b.status.succeeded], ['0-2,4-6,8', 7], 'b: [completedIndexes, succeeded]');
  },
};
