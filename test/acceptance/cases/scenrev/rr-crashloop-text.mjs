// scenarios/restart-rules.yaml as kubectl shows the pod at +4m05s: READY 0/1, STATUS CrashLoopBackOff (the
// waiting reason), RESTARTS "1 (5s ago)" (the last termination finished at +4m00s); the Job row Running 0/1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/restart-rules.yaml'), 'utf8');
export default {
  id: 'scenrev/rr-crashloop-text',
  source: 'kubernetes pkg/printers/internalversion/printers.go printPod (reason = container.State.Waiting.Reason; restarts "%d (%s ago)" from LastTerminationState.Terminated.FinishedAt) and printJob',
  scenario,
  args: ['--duration', '4m5s'],
  check(r, h) {
    const out = runText(scenario, ['--duration', '4m5s']);
    const name = h.podsOf('train')[0].metadata.name;
    const p = rowOf(tableOf(out, 'pod'), `pod/${name}`);
    h.eq([p.READY, p.STATUS, p.RESTARTS, p.AGE], ['0/1', 'CrashLoopBackOff', '1 (5s ago)', '4m5s'], 'pod row');
    const j = rowOf(tableOf(out, 'job.batch'), 'job.batch/train');
    h.eq([j.STATUS, j.COMPLETIONS, j.DURATION], ['Running', '0/1', '4m5s'], 'job row');
  },
};
