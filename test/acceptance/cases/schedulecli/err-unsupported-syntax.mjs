// Quartz/Vixie extensions L and # are not robfig syntax; a too-large number reports Atoi's range error; a backwards range is an error.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/err-unsupported-syntax',
  source: "robfig/cron v3.0.1 parser.go mustParseInt (strconv.Atoi errors), getRange (\"beyond end of range\")",
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
      const p = run("0 0 L * *");
      h.eq(p.status, 2, "exit 2 for 0 0 L * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse int from L: strconv.Atoi: parsing \"L\": invalid syntax"), `robfig text ${"\"failed to parse int from L: strconv.Atoi: parsing \\\"L\\\": invalid syntax\""} for 0 0 L * *: ${p.stderr}`);
    }
    {
      const p = run("0 0 * * 5#3");
      h.eq(p.status, 2, "exit 2 for 0 0 * * 5#3");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse int from 5#3: strconv.Atoi: parsing \"5#3\": invalid syntax"), `robfig text ${"\"failed to parse int from 5#3: strconv.Atoi: parsing \\\"5#3\\\": invalid syntax\""} for 0 0 * * 5#3: ${p.stderr}`);
    }
    {
      const p = run("99999999999999999999 * * * *");
      h.eq(p.status, 2, "exit 2 for 99999999999999999999 * * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse int from 99999999999999999999: strconv.Atoi: parsing \"99999999999999999999\": value out of range"), `robfig text ${"\"failed to parse int from 99999999999999999999: strconv.Atoi: parsing \\\"99999999999999999999\\\": value out of range\""} for 99999999999999999999 * * * *: ${p.stderr}`);
    }
    {
      const p = run("0 0 * * 6-5");
      h.eq(p.status, 2, "exit 2 for 0 0 * * 6-5");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("beginning of range (6) beyond end of range (5): 6-5"), `robfig text ${"\"beginning of range (6) beyond end of range (5): 6-5\""} for 0 0 * * 6-5: ${p.stderr}`);
    }
    {
      const p = run("0 0 1-0/2 * *");
      h.eq(p.status, 2, "exit 2 for 0 0 1-0/2 * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("beginning of range (1) beyond end of range (0): 1-0/2"), `robfig text ${"\"beginning of range (1) beyond end of range (0): 1-0/2\""} for 0 0 1-0/2 * *: ${p.stderr}`);
    }
  },
};
