// Contract §1 jobsim schedule: text output has one row per start with local and UTC times, the DST gap and
// repeat marked on exactly the affected rows; invalid flags or expressions exit 2 with nothing on stdout.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
export default {
  id: 'contract/schedule-text-and-errors',
  source: 'CONTRACT.md §1 (jobsim schedule: "daylight-saving gaps and repeats marked"; exit 2 invalid input)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = run('30 1 * * *', '--time-zone', 'America/New_York', '--from', '2026-10-31', '--count', '3');
    h.eq(t.status, 0, 'exit');
    const rows = t.stdout.split('\n').filter((l) => /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/.test(l));
    h.eq(rows.length, 3, `three rows: ${t.stdout}`);
    h.assert(rows[0].includes('2026-10-31T05:30:00Z') && rows[1].includes('2026-11-01T05:30:00Z') && rows[2].includes('2026-11-01T06:30:00Z'), `UTC times: ${rows.join(' | ')}`);
    h.assert(rows[1].includes('2026-11-01T01:30:00-04:00') && rows[2].includes('2026-11-01T01:30:00-05:00'), `local times: ${rows.join(' | ')}`);
    h.assert(!/repeat|DST|twice/i.test(rows[0]) && /repeat|DST|twice/i.test(rows[1]) && /repeat|DST|twice/i.test(rows[2]), `the repeat is marked on both runs and only those: ${rows.join(' | ')}`);
    for (const args of [['0 3 * * *', '--count', '0'], ['0 3 * * *', '--from', 'yesterday'], ['0 3 * * *', '-o', 'yaml'], ['0 3 * * * *'], []]) {
      const p = run(...args);
      h.eq(p.status, 2, `exit 2 for ${JSON.stringify(args)}`);
      h.eq(p.stdout, '', `nothing on stdout for ${JSON.stringify(args)}`);
      h.assert(p.stderr.trim().length > 0, `a message for ${JSON.stringify(args)}`);
    }
  },
};
