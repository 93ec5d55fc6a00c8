// scenarios/node-failure.yaml as kubectl shows it at +32m: 6 pods succeeded (SuccessCriteriaMet at +30m52s) but
// Complete waits for the two pods still Terminating on unreachable worker-2, so the Job row reads STATUS
// SuccessCriteriaMet (kubectl >= 1.34), COMPLETIONS 6/6 and, without a completionTime, DURATION 32m.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/node-failure.yaml'), 'utf8');
export default {
  id: 'scenrev/nf-success-criteria-met-text',
  source: 'kubernetes pkg/printers/internalversion/printers.go printJob (SuccessCriteriaMet status, PR #132832, kubectl 1.34; Duration time.Since(StartTime) while CompletionTime is nil); pkg/controller/job/job_controller.go enactJobFinished (Complete delayed while terminating > 0)',
  scenario,
  args: ['--duration', '32m'],
  check(r, h) {
    const j = h.job('transcode');
    h.eq(j.status.conditions.map((c) => [c.type, c.status, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'True', 1852]], 'conditions at +32m');
    h.eq([j.status.succeeded, j.status.terminating, j.status.completionTime], [6, 2, undefined], 'counters');
    const out = runText(scenario, ['--duration', '32m']);
    const row = rowOf(tableOf(out, 'job.batch'), 'job.batch/transcode');
    h.eq([row.STATUS, row.COMPLETIONS, row.DURATION, row.AGE], ['SuccessCriteriaMet', '6/6', '32m', '32m'], 'job row');
  },
};
