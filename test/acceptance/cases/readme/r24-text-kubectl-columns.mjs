// README "The text report": kubectl get cronjobs,jobs,pods -o wide at the end of the run, with kubectl's
// columns (COMPLETIONS, DURATION, STATUS such as Completed, Error, CrashLoopBackOff); Job pod counts;
// the conditions in order; the event log with +HH:MM:SS offsets; the metrics.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: t }
spec: { duration: 15m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: bad }
spec:
  backoffLimit: 1
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: loop }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "1s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: Job
metadata: { name: good }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'readme/text-kubectl-columns',
  source: 'README "The text report"; kubectl printers (printJob COMPLETIONS/DURATION/STATUS, printPod STATUS Error/Completed/CrashLoopBackOff)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'txt-'));
    const f = join(dir, 's.yaml'); writeFileSync(f, scenario);
    const p = spawnSync('node_modules/.bin/jobsim', ['run', f], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const o = p.stdout;
    for (const col of ['COMPLETIONS', 'DURATION', 'STATUS', 'RESTARTS', 'NOMINATED NODE']) h.assert(o.includes(col), 'column ' + col);
    h.assert(/job\.batch\/bad\s+Failed\s+0\/1/.test(o), 'Failed Job row');
    h.assert(/job\.batch\/good\s+Complete\s+1\/1\s+11s/.test(o), 'Complete Job row with DURATION 11s');
    h.assert(/pod\/bad-\S+\s+0\/1\s+Error\s+0/.test(o), 'Error pod');
    h.assert(/pod\/good-\S+\s+0\/1\s+Completed\s+0/.test(o), 'Completed pod');
    h.assert(/pod\/loop-\S+\s+0\/1\s+CrashLoopBackOff\s+\d+ \(\d+[sm]\S* ago\)/.test(o), 'CrashLoopBackOff pod with kubectl restarts "N (Xs ago)"');
    h.assert(/Job conditions, in the order they were set/.test(o) && /Events \(\d+\)/.test(o) && /\nMetrics:/.test(o), 'sections');
    h.assert(/\+00:00:00\s+Normal\s+SuccessfulCreate\s+job\/bad/.test(o), 'event offsets');
  },
};
