// Seed 001 "activeDeadlineSeconds: 300 -> Max time allowed for run" on a 10-minute pod whose process ignores SIGTERM
// (a shell as PID 1): at +300s FailureTarget DeadlineExceeded and the pod is deleted, but it only dies when the 30s
// grace period ends (SIGKILL, exit 137, +330s), so Failed comes at +331s. Between the two, `kubectl get` shows the Job
// as FailureTarget (not Failed) and the pod 1/1 Terminating; status.failed already counts it, terminating 1, ready 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  backoffLimit: 5
  activeDeadlineSeconds: 300
  template:
    metadata:
      annotations:
        jobsim/duration: "10m"
        jobsim/on-sigterm: ignore
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
`;
export default {
  id: 'seeds2/s2-001-ads-sigterm-ignored-failuretarget-text',
  source: 'seed 001 §7; job_controller.go pastActiveDeadline, deleteActivePods, enactJobFinished (waits for terminating pods); kubelet killContainer (grace 30s, SIGKILL 137); kubectl printers.go printJob (FailureTarget status), printPod (Terminating)',
  scenario,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 300],
      ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 331],
    ], 'conditions');
    const [pod] = h.podsOf('data-processing-job');
    const t = pod.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt), pod.status.phase, h.sec(pod.metadata.deletionTimestamp)], [137, 330, 'Failed', 330], 'pod SIGKILLed at the end of the grace period');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[331, 'DeadlineExceeded', 'Job was active longer than specified deadline']], 'warning once Failed');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'job.yaml');
    writeFileSync(file, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const mid = spawnSync(bin, ['run', file, '--duration', '310s', '-o', 'json'], { encoding: 'utf8' });
    const mj = JSON.parse(mid.stdout).items.find((o) => o.kind === 'Job');
    h.eq([mj.status.active, mj.status.ready, mj.status.failed, mj.status.terminating], [undefined, 0, 1, 1], 'status at +310s');
    const out = spawnSync(bin, ['run', file, '--duration', '310s', '-o', 'text'], { encoding: 'utf8' });
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('job.batch/data-processing-job ').slice(0, 5), ['job.batch/data-processing-job', 'FailureTarget', '0/1', '5m10s', '5m10s'], 'Job row at +310s');
    h.eq(row('pod/data-processing-job-').slice(1, 4), ['1/1', 'Terminating', '0'], 'pod row at +310s');
  },
};
