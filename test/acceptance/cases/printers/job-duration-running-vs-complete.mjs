// printJob DURATION: HumanDuration(completionTime - startTime) once complete, HumanDuration(now - startTime) while
// running; a Failed Job has no completionTime, so its DURATION keeps growing with time since startTime.
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: seq}
spec:
  completions: 3
  template:
    metadata: {annotations: {jobsim/duration: "50s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: long}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "5h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  activeDeadlineSeconds: 600
  template:
    metadata: {annotations: {jobsim/duration: "5h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-duration-running-vs-complete',
  source: 'pkg/printers/internalversion/printers.go printJob (jobDuration switch on StartTime/CompletionTime); pkg/controller/job completionTime only on Complete',
  args: ['--duration', '3h25m'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '3h25m']), 'job.batch');
    const seq = h.job('seq');
    const seqMs = Date.parse(seq.status.completionTime) - Date.parse(seq.status.startTime);
    h.assert(seqMs >= 150_000 && seqMs <= 160_000, `seq took ${seqMs}ms, expected about 2m33s`);
    const s = rowOf(t, 'job.batch/seq');
    h.eq([s.STATUS, s.COMPLETIONS, s.DURATION, s.AGE], ['Complete', '3/3', humanDuration(seqMs), '3h25m'], 'seq row');
    h.assert(/^2m3\ds$/.test(s.DURATION), `seq DURATION ${s.DURATION} should be m+s form`);
    const l = rowOf(t, 'job.batch/long');
    h.eq([l.STATUS, l.COMPLETIONS, l.DURATION, l.AGE], ['Running', '0/1', '3h25m', '3h25m'], 'long row');
    const d = rowOf(t, 'job.batch/dl');
    h.eq(h.job('dl').status.completionTime, undefined, 'a failed Job has no completionTime');
    h.eq([d.STATUS, d.COMPLETIONS, d.DURATION], ['Failed', '0/1', '3h25m'], 'dl row (Failed: since startTime)');
  },
};
