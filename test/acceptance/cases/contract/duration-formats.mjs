// Contract §2: durations are Go-style plus d (500ms, 90s, 1h30m, 7d); --duration takes the same.
// Each sets the run's end exactly (end printed to the second, virtualSeconds exact).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'contract/duration-formats',
  source: 'CONTRACT.md §2 ("Go-style durations plus d: 500ms, 90s, 1h30m, 7d"), §1 --duration; Go time.ParseDuration (decimal fractions, unit sequences)',
  args: ['--duration', '500ms'],
  scenario,
  check(r, h) {
    h.eq([r.spec.end, r.spec.endedBy, r.metrics.simulation.virtualSeconds], ['2026-01-01T00:00:00Z', 'duration', 0.5], '500ms');
    const dir = mkdtempSync(join(tmpdir(), 'dur-'));
    const f = join(dir, 'cj.yaml');
    writeFileSync(f, scenario);
    const cases = { '90s': ['2026-01-01T00:01:30Z', 90], '1h30m': ['2026-01-01T01:30:00Z', 5400], '7d': ['2026-01-08T00:00:00Z', 604800], '1.5h': ['2026-01-01T01:30:00Z', 5400], '2h45m30s': ['2026-01-01T02:45:30Z', 9930], '1d12h': ['2026-01-02T12:00:00Z', 129600] };
    for (const [d, [end, secs]] of Object.entries(cases)) {
      const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--duration', d, '-o', 'summary'], { encoding: 'utf8' });
      h.eq(p.status, 0, `exit for --duration ${d} (${p.stderr.slice(0, 100)})`);
      const s = JSON.parse(p.stdout);
      h.eq([s.spec.end, s.metrics.simulation.virtualSeconds], [end, secs], `--duration ${d}`);
    }
  },
};
