// Seed 004's cleanup "ttlSecondsAfterFinished: 100" put in seed 000 hello's jobTemplate: each Job is deleted by the TTL
// controller 100s after it completes (slot + 11s + 100s), in the foreground (its pod first), so at most 2 finished
// Jobs exist at once and the CronJob's own history limit (3) never deletes one: no SuccessfulDelete from the
// cronjob-controller. At 00:05:30, hello-29453764 (deleted at 00:05:51) and hello-29453765 remain.
export default {
  id: 'seeds2/s2-004-hello-ttl-100-no-history-deletes',
  source: 'seed 004 cleanup + seed 000 hello; ttlafterfinished_controller.go processJob (finish time + TTL, DeletePropagationForeground); cronjob_controllerv2.go cleanupFinishedJobs (only when more than the limit); reference cronjob §4, §2.7',
  args: ['--duration', '5m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/1 * * * *" # Cron syntax
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 100 # Delete 100s after completion
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
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).length, 0, 'no history deletion');
    for (const [i, n] of [[1, 29453761], [2, 29453762], [3, 29453763]]) {
      const job = h.job(`hello-${n}`);
      h.eq(h.sec(job.metadata.deletionTimestamp), 60 * i + 111, `hello-${n} deleted 100s after completion`);
      h.eq(h.sec(h.podsOf(`hello-${n}`)[0].metadata.deletionTimestamp), 60 * i + 111, `hello-${n} pod deleted with it`);
    }
    for (const n of [29453764, 29453765]) h.eq(h.job(`hello-${n}`).metadata.deletionTimestamp, undefined, `hello-${n} still there`);
    const cj = h.cronjob('hello');
    h.eq([cj.status.lastSuccessfulTime, cj.status.active], ['2026-01-01T00:05:11Z', undefined], 'CronJob status');
  },
};
