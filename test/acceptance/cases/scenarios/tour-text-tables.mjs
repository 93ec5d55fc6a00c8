// tour.yaml text report (npm start): kubectl get jobs -o wide rows as of the end (+3m3s). A Failed Job has no
// completionTime, so kubectl's DURATION is now - startTime (3m3s); pods of a Complete/Failed Job show
// Completed / Error with READY 0/1; the deleted too-slow pod is listed under "Deleted during the run".
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
export default {
  id: 'scenarios/tour-text-tables',
  source: 'kubernetes pkg/printers/internalversion/printers.go printJob (Status, Completions, Duration: CompletionTime-StartTime, else time.Since(StartTime)) and printPod (Completed/Error); apimachinery duration.HumanDuration',
  scenario: readFileSync(join(process.cwd(), 'scenarios/tour.yaml'), 'utf8'),
  check(r, h) {
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', 'scenarios/tour.yaml', '-o', 'text'], { encoding: 'utf8' }).stdout;
    const row = (name) => (out.split('\n').find((l) => l.startsWith(name + ' ')) ?? '').trim().split(/\s+/);
    h.eq(row('job.batch/flaky-migration').slice(1, 5), ['Complete', '1/1', '76s', '3m3s'], 'flaky-migration row');
    h.eq(row('job.batch/render-frames').slice(1, 5), ['Complete', '12/12', '3m2s', '3m3s'], 'render-frames row');
    h.eq(row('job.batch/too-slow').slice(1, 5), ['Failed', '0/1', '3m3s', '3m3s'], 'too-slow row');
    const fm = h.podsOf('flaky-migration').map((p) => p.metadata.name);
    h.eq(row(`pod/${fm[0]}`).slice(1, 5), ['0/1', 'Error', '0', '3m3s'], 'first flaky pod');
    h.eq(row(`pod/${fm[2]}`).slice(1, 5), ['0/1', 'Completed', '0', '2m3s'], 'third flaky pod');
    h.assert(/^\+00:01:00\s+pod\/too-slow-\S+\s+Failed$/m.test(out), 'deleted too-slow pod row');
    h.assert(/^job\/too-slow\s+0\s+0\s+0\s+1\s+0$/m.test(out), 'too-slow pod counts');
  },
};
