// -o text of the failing "hello": kubectl's pod STATUS CrashLoopBackOff (waiting reason) and RESTARTS "N (T ago)"
// (T since the last termination's finishedAt), READY 0/1; the CronJob row shows ACTIVE 6 and LAST SCHEDULE 60s.
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
        metadata:
          annotations:
            jobsim/exit-codes: "1"
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
  id: 'seeds/s000-hello-failing-text',
  source: 'kubectl pkg/printers/internalversion/printers.go printPod (reason from waiting state, restarts "%d (%s ago)" from LastTerminationState.Terminated.FinishedAt), printCronJob',
  args: ['--duration', '12m'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const file = join(dir, 'hello.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '12m', '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('cronjob.batch/hello ').slice(0, 7), ['cronjob.batch/hello', '*/1 * * * *', '<none>', 'False', '6', '60s', '12m'], 'CronJob row');
    h.eq(row('pod/hello-29453766-').slice(1, 5), ['0/1', 'CrashLoopBackOff', '5 (2m30s ago)', '6m'], 'crash-looping pod row');
    h.eq(row('job.batch/hello-29453765 ').slice(1, 5), ['Failed', '0/1', '7m', '7m'], 'failed Job row (DURATION since startTime, no completionTime)');
    h.eq(row('job.batch/hello-29453766 ').slice(1, 5), ['Running', '0/1', '6m', '6m'], 'running Job row');
  },
};
