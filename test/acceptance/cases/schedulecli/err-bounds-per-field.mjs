// Each field's bounds: minute 0-59, hour 0-23, day-of-month 1-31 (0 is below), month 1-12, day-of-week 0-6; a range ending at 7 is rejected too.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/err-bounds-per-field',
  source: "robfig/cron v3.0.1 parser.go getRange bounds checks; spec.go bounds (dom 1-31, months 1-12, dow 0-6)",
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
    {
      const p = run("0 0 0 * *");
      h.eq(p.status, 2, "exit 2 for 0 0 0 * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("beginning of range (0) below minimum (1): 0"), `robfig text ${"\"beginning of range (0) below minimum (1): 0\""} for 0 0 0 * *: ${p.stderr}`);
    }
    {
      const p = run("0 0 32 * *");
      h.eq(p.status, 2, "exit 2 for 0 0 32 * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("end of range (32) above maximum (31): 32"), `robfig text ${"\"end of range (32) above maximum (31): 32\""} for 0 0 32 * *: ${p.stderr}`);
    }
    {
      const p = run("0 0 * 0 *");
      h.eq(p.status, 2, "exit 2 for 0 0 * 0 *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("beginning of range (0) below minimum (1): 0"), `robfig text ${"\"beginning of range (0) below minimum (1): 0\""} for 0 0 * 0 *: ${p.stderr}`);
    }
    {
      const p = run("0 0 * 13 *");
      h.eq(p.status, 2, "exit 2 for 0 0 * 13 *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("end of range (13) above maximum (12): 13"), `robfig text ${"\"end of range (13) above maximum (12): 13\""} for 0 0 * 13 *: ${p.stderr}`);
    }
    {
      const p = run("0 24 * * *");
      h.eq(p.status, 2, "exit 2 for 0 24 * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("end of range (24) above maximum (23): 24"), `robfig text ${"\"end of range (24) above maximum (23): 24\""} for 0 24 * * *: ${p.stderr}`);
    }
    {
      const p = run("0 0 * * 5-7");
      h.eq(p.status, 2, "exit 2 for 0 0 * * 5-7");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("end of range (7) above maximum (6): 5-7"), `robfig text ${"\"end of range (7) above maximum (6): 5-7\""} for 0 0 * * 5-7: ${p.stderr}`);
    }
    {
      const p = run("99 99 * * *");
      h.eq(p.status, 2, "exit 2 for 99 99 * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("end of range (99) above maximum (59): 99"), `robfig text ${"\"end of range (99) above maximum (59): 99\""} for 99 99 * * *: ${p.stderr}`);
    }
  },
};
