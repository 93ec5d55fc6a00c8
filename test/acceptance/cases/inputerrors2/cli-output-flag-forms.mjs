// -o takes pflag's forms (`-o json`, `-ojson`, `-o=json`, `--output=json`); an unsupported format such as
// `yaml` (or `JSON`: the names are case-sensitive) is a flag problem: exit 2, stdout empty, the supported
// values listed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'inputerrors2/cli-output-flag-forms',
  source: 'CONTRACT.md §1 (-o, --output text|json|summary; exit 2 on invalid input); spf13/pflag shorthand forms',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const f = join(process.cwd(), 'scenarios', 'pi.yaml');
    for (const args of [['-ojson'], ['-o=json'], ['--output=json'], ['--output', 'json']]) {
      const p = spawnSync(bin, ['run', f, ...args], { encoding: 'utf8' });
      h.eq(p.status, 0, `${args.join(' ')}: exit`);
      h.eq(JSON.parse(p.stdout).kind, 'SimulationResult', `${args.join(' ')}: JSON`);
    }
    for (const v of ['yaml', 'JSON', 'wide']) {
      const p = spawnSync(bin, ['run', f, '-o', v], { encoding: 'utf8' });
      h.eq(p.status, 2, `-o ${v}: exit`);
      h.eq(p.stdout, '', `-o ${v}: stdout`);
      h.assert(p.stderr.includes(`"${v}"`) && p.stderr.includes('"text", "json", "summary"'), `-o ${v}: ${p.stderr.split('\n')[0]}`);
    }
  },
};
