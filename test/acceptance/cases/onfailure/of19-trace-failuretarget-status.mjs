// The status written with FailureTarget (OnFailure limit) already counts the killed pod: active 0, ready 0,
// terminating 1 (deleted in this sync), failed 1; the next write (Failed, 1s later, after the pod is terminal) has
// terminating 0. backoffLimit 1: the first restart is at 10s, FailureTarget at 11s, Failed at 12s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`;
export default {
  id: 'onfailure/trace-failuretarget-status',
  source: 'job_controller.go syncJob (active -= deleted; terminating += deleted; ready -= deletedReady), trackJobStatusAndRemoveFinalizers (running pods counted failed when the finish condition is a failure), enactJobFinished (terminating == 0); reference job §2.5, §2.7, §2.8',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'offt-'));
    const f = join(dir, 'ft.yaml'), t = join(dir, 'ft.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const jobs = readFileSync(t, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'object' && l.kind === 'Job');
    const key = (s) => [s.active ?? 0, s.ready ?? 0, s.terminating ?? 0, s.failed ?? 0];
    const ft = jobs.find((l) => (l.object.status?.conditions ?? []).some((c) => c.type === 'FailureTarget'));
    h.eq([h.sec(ft?.t), ...key(ft.object.status)], [11, 0, 0, 1, 1], 'first write with FailureTarget [t, active, ready, terminating, failed]');
    const fl = jobs.find((l) => (l.object.status?.conditions ?? []).some((c) => c.type === 'Failed'));
    h.eq([h.sec(fl?.t), ...key(fl.object.status)], [12, 0, 0, 0, 1], 'first write with Failed');
  },
};
