// Contract §3: "The same documents and seed give byte-identical output". Without a Simulation document,
// the same documents read from a file named differently, or from stdin, must give the same result
// (jobsim names the result after the first file's basename, or "<stdin>", so the output depends on the
// file name, not only on the documents and the seed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'contract/same-documents-same-output',
  source: 'CONTRACT.md §3 ("The same documents and seed give byte-identical output on any machine"), §1 (- reads stdin)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'same-'));
    const a = join(dir, 'first.yaml'), b = join(dir, 'renamed.yaml');
    writeFileSync(a, scenario);
    writeFileSync(b, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const outA = spawnSync(bin, ['run', a, '-o', 'json'], { encoding: 'utf8' }).stdout;
    const outB = spawnSync(bin, ['run', b, '-o', 'json'], { encoding: 'utf8' }).stdout;
    const outS = spawnSync(bin, ['run', '-', '-o', 'json'], { encoding: 'utf8', input: scenario }).stdout;
    h.eq(JSON.parse(outA).metadata, JSON.parse(outB).metadata, 'metadata of the same documents in two file names');
    h.eq(JSON.parse(outA).metadata, JSON.parse(outS).metadata, 'metadata of the same documents from stdin');
    h.assert(outA === outB && outA === outS, 'byte-identical output');
  },
};
