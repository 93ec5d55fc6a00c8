// Seed 000 "hello" as written, `kubectl get cronjobs,jobs,pods -o wide` at 00:04:30: the CronJob row (ACTIVE 0,
// LAST SCHEDULE 30s, AGE 4m30s, SELECTOR <none> as the jobTemplate has no selector), three Job rows only (the
// default successfulJobsHistoryLimit 3 removed hello-29453761 at 00:04:11) with kubectl's HumanDuration ages
// (2m30s, 90s, 30s), DURATION 11s and the generated selector, and three Completed pod rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
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
`;
export default {
  id: 'seeds2/s2-000-hello-text-history',
  source: 'seed 000 hello + "kubectl get"; kubectl printers.go printCronJob/printJob (wide: SELECTOR from spec.selector)/printPod; apimachinery duration.HumanDuration; cronjob_controllerv2.go cleanupFinishedJobs',
  args: ['--duration', '4m30s'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'hello.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '4m30s', '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('cronjob.batch/hello '), ['cronjob.batch/hello', '*/1 * * * *', '<none>', 'False', '0', '30s', '4m30s', 'hello', 'busybox:1.28', '<none>'], 'CronJob row');
    const jobRows = lines.filter((l) => l.startsWith('job.batch/'));
    h.eq(jobRows.length, 3, 'three Job rows');
    for (const [n, age] of [[29453762, '2m30s'], [29453763, '90s'], [29453764, '30s']]) {
      const uid = h.job(`hello-${n}`).metadata.uid;
      h.eq(row(`job.batch/hello-${n} `), [`job.batch/hello-${n}`, 'Complete', '1/1', '11s', age, 'hello', 'busybox:1.28', `batch.kubernetes.io/controller-uid=${uid}`], `hello-${n} row`);
    }
    const podRows = lines.filter((l) => l.startsWith('pod/'));
    h.eq(podRows.length, 3, 'three pod rows');
    h.eq(podRows.map((l) => l.trim().split(/\s{2,}/).slice(1, 5)), [['0/1', 'Completed', '0', '2m30s'], ['0/1', 'Completed', '0', '90s'], ['0/1', 'Completed', '0', '30s']], 'pod rows');
  },
};
