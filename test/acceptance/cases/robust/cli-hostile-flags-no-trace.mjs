// Hostile flag values on every command: each is exit 2, nothing on stdout, a message naming the flag, and
// never a stack trace (no "    at " frames, no TypeError/RangeError).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/cli-hostile-flags-no-trace',
  source: 'CONTRACT.md §1 (exit 2 invalid input, nothing simulated); README "The command line"',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'j.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const cases = [
      [['run', f, '--seed', '-1'], /--seed/],
      [['run', f, '--seed=0x10'], /--seed/],
      [['run', f, '--seed=NaN'], /--seed/],
      [['run', f, '--duration=-5m'], /--duration/],
      [['run', f, '--duration', '5'], /--duration/],
      [['run', f, '--duration', '1y'], /--duration/],
      [['run', f, '--max-events', '1e3'], /--max-events/],
      [['run', f, '--check=yes'], /--check/],
      [['run', f, '--seed'], /--seed/],
      [['run', f, '--sede', '3'], /sede/],
      [['check', f, '--runs', '-3'], /--runs/],
      [['check', f, '--runs', 'NaN'], /--runs/],
      [['sweep', f, '--pool', 'node=1,,2'], /--pool/],
      [['sweep', f, '--seeds', '5..3'], /--seeds/],
      [['sweep', f, '--parallel', '0'], /--parallel/],
      [['schedule', '* * * * *', '--count', '1e3'], /--count/],
      [['schedule', '* * * * *', '--from', '2026-02-30'], /--from/],
      [['schedule', '* * * * *', '--time-zone', ''], /--time-zone/],
      [['bogus'], /unknown command "bogus"/],
    ];
    for (const [args, want] of cases) {
      const p = spawnSync(bin, args, { encoding: 'utf8', timeout: 30_000 });
      const what = args.slice(args[0] === 'schedule' ? 0 : 2).join(' ') || args[0];
      h.eq(p.status, 2, `${args[0]} ${what}: exit`);
      h.eq(p.stdout, '', `${args[0]} ${what}: stdout`);
      h.assert(want.test(p.stderr), `${args[0]} ${what}: names it: ${p.stderr.slice(0, 160)}`);
      h.assert(!/\n\s+at \S|TypeError|RangeError|jobsim: internal error/.test(p.stderr), `${args[0]} ${what}: no stack trace: ${p.stderr.slice(0, 200)}`);
    }
  },
};
