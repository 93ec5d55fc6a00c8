// Seed 000 "hello": with the default successfulJobsHistoryLimit 3, the 4th completion (00:04:11) deletes the oldest
// finished Job (by startTime) before SawCompletedJob of that sync, in Background; the garbage collector then deletes its
// pod, which is terminal (Succeeded), so the API server deletes it with grace 0 (deletionTimestamp = now, not +30s).
// Only 3 Jobs and their pods remain.
export default {
  id: 'seeds/s000-hello-history-three',
  source: 'cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs (SuccessfulDelete "Deleted job %v", DeletePropagationBackground); registry/core/pod/strategy.go CheckGracefulDelete (terminal phase -> grace 0); reference cronjob §2.7',
  args: ['--duration', '5m30s'],
  scenario: `
# Example CronJob manifest to run every minute
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/1 * * * *" # Cron syntax
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo "Hello from Kubernetes"
          restartPolicy: OnFailure
`,
  check(r, h) {
    const cjEv = h.events({ kind: 'CronJob', name: 'hello' }).filter((e) => h.sec(e.firstTimestamp) >= 250).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(cjEv, [
      [251, 'SuccessfulDelete', 'Deleted job hello-29453761'],
      [251, 'SawCompletedJob', 'Saw completed job: hello-29453764, condition: Complete'],
      [300, 'SuccessfulCreate', 'Created job hello-29453765'],
      [311, 'SuccessfulDelete', 'Deleted job hello-29453762'],
      [311, 'SawCompletedJob', 'Saw completed job: hello-29453765, condition: Complete'],
    ], 'CronJob events from 00:04:10');
    for (const [n, t] of [[29453761, 251], [29453762, 311]]) {
      const job = h.job(`hello-${n}`);
      h.eq(h.sec(job.metadata.deletionTimestamp), t, `hello-${n} deletionTimestamp`);
      const pods = h.podsOf(`hello-${n}`);
      h.eq(pods.length, 1, `hello-${n} pods`);
      h.eq(pods[0].status.phase, 'Succeeded', 'pod phase');
      h.eq(h.sec(pods[0].metadata.deletionTimestamp), t, `hello-${n} pod deletionTimestamp (terminal pod: grace 0)`);
    }
    for (const n of [29453763, 29453764, 29453765]) {
      const job = h.job(`hello-${n}`);
      h.eq(job.metadata.deletionTimestamp, undefined, `hello-${n} kept`);
      h.eq(h.podsOf(`hello-${n}`)[0].metadata.deletionTimestamp, undefined, `hello-${n} pod kept`);
    }
    h.eq(r.counts.Job, 5, 'Jobs created');
  },
};
