// scenarios/graceful-shutdown.yaml as `kubectl get jobs,pods -o wide` shows it at +70s: job deaf STATUS
// FailureTarget (no Failed yet), DURATION 70s counted from startTime; polite Failed; deaf's pod READY 1/1
// (its container still runs and is ready, no probes) with STATUS Terminating.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/graceful-shutdown.yaml'), 'utf8');
export default {
  id: 'scenrev/gs-text-failuretarget-terminating',
  source: 'kubernetes pkg/printers/internalversion/printers.go printJob (Complete, Failed, Terminating, Suspended, FailureTarget, else Running; Duration time.Since(StartTime) without CompletionTime) and printPod (DeletionTimestamp on a non-terminal pod: "Terminating"; READY counts containerStatuses[].ready)',
  scenario,
  args: ['--duration', '70s'],
  check(r, h) {
    const out = runText(scenario, ['--duration', '70s']);
    const jobs = tableOf(out, 'job.batch');
    const deaf = rowOf(jobs, 'job.batch/deaf'), polite = rowOf(jobs, 'job.batch/polite');
    h.eq([deaf.STATUS, deaf.COMPLETIONS, deaf.DURATION, deaf.AGE], ['FailureTarget', '0/1', '70s', '70s'], 'deaf row');
    h.eq([polite.STATUS, polite.COMPLETIONS, polite.DURATION], ['Failed', '0/1', '70s'], 'polite row');
    const pods = tableOf(out, 'pod');
    const name = h.podsOf('deaf')[0].metadata.name;
    const p = rowOf(pods, `pod/${name}`);
    h.eq([p.READY, p.STATUS, p.RESTARTS, p.NODE], ['1/1', 'Terminating', '0', h.podsOf('deaf')[0].spec.nodeName], 'deaf pod row');
    h.eq(pods.rows.length, 1, 'only deaf\'s pod is left (polite\'s was removed once counted)');
  },
};
