// kubectl reads every file through unicode.BOMOverride(unicode.UTF8.NewDecoder()) (cli-runtime
// resource/visitor.go FileVisitor.Visit): a UTF-16LE or UTF-16BE file with its BOM (what Windows editors and
// PowerShell's `>` write) is decoded and applied. Found: jobsim reads the bytes as UTF-8 and refuses the
// file with a misleading "a document must be a mapping with apiVersion and kind".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const text = `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/utf16-bom-file',
  source: 'staging/src/k8s.io/cli-runtime/pkg/resource/visitor.go FileVisitor.Visit ("utf16bom := unicode.BOMOverride(unicode.UTF8.NewDecoder())"); golang.org/x/text/encoding/unicode BOMOverride (UTF-8, UTF-16BE, UTF-16LE BOMs)',
  scenario: text,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const le = join(dir, 'le.yaml');
    const be = join(dir, 'be.yaml');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const swapped = Buffer.from(text, 'utf16le').swap16();
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]));
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    for (const f of [le, be]) {
      const p = spawnSync(bin, ['run', f, '-o', 'json'], { encoding: 'utf8', timeout: 30_000, maxBuffer: 1e8 });
      h.eq(p.status, 0, `${f} exit (${p.stderr.trim()})`);
      const res = JSON.parse(p.stdout);
      const job = res.items.find((o) => o.kind === 'Job' && o.metadata.name === 'a');
      h.assert(job && (job.status.conditions ?? []).some((c) => c.type === 'Complete' && c.status === 'True'), 'Job a completes');
    }
  },
};
