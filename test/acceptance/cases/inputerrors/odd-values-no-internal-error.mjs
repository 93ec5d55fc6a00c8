// Odd but well-typed values never end in an internal error: a 300-character and a unicode name, -0,
// hex and exponent integers, a 10^6-character label value, deeply nested unknown fields. Each is either
// accepted or reported as a positioned problem (exit 2), with no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (meta, extra = '') => `apiVersion: batch/v1
kind: Job
metadata: ${meta}
spec:
${extra}  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'inputerrors/odd-values-no-internal-error',
  source: 'CONTRACT.md §1 (exit 2 invalid input, 1 only for internal errors); project bar ("never a stack trace")',
  scenario: job('{name: ok}', '  parallelism: -0\n  completions: 0x2\n  backoffLimit: 1e1\n'),
  check(r, h) {
    h.eq([h.job('ok').spec.parallelism, h.job('ok').spec.completions, h.job('ok').spec.backoffLimit], [0, 2, 10], 'YAML 1.1 numbers as go-yaml reads them');
    const dir = mkdtempSync(join(tmpdir(), 'odd-'));
    const inputs = {
      long: job(`{name: ${'a'.repeat(300)}}`),
      unicode: job('{name: "jöb-✓"}'),
      bigLabel: job(`{name: big, labels: {a: "${'x'.repeat(1_000_000)}"}}`),
      nested: job('{name: nest}', `  x: ${'{a: '.repeat(200)}1${'}'.repeat(200)}\n`),
      emoji: `apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: "😀"}\nspec: {seed: 18446744073709551616}\n`,
    };
    for (const [k, text] of Object.entries(inputs)) {
      const f = join(dir, `${k}.yaml`);
      writeFileSync(f, text);
      const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      h.eq(p.status, 2, `${k}: exit (${p.stderr.slice(0, 200)})`);
      h.assert(!/internal error/.test(p.stderr) && !/^\s+at /m.test(p.stderr), `${k}: no internal error`);
      h.assert(new RegExp(`${k}\\.yaml:\\d+:\\d+: `).test(p.stderr), `${k}: positioned problem`);
    }
  },
};
