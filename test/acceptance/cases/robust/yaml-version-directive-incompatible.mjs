// go-yaml v2 (sigs.k8s.io/yaml's goyaml.v2, what kubectl decodes manifests with) accepts only `%YAML 1.1`:
// any other version is "found incompatible YAML document". Found: `%YAML 2.0` is accepted silently and
// `%YAML 1.2` switches jobsim to YAML 1.2 scalars (so `suspend: yes` becomes a string type error).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (v) => `%YAML ${v}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  suspend: yes
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/yaml-version-directive-incompatible',
  source: 'vendor/sigs.k8s.io/yaml/goyaml.v2/parserc.go yaml_parser_process_directives: `if token.major != 1 || token.minor != 1 { "found incompatible YAML document" }`',
  exit: 2,
  scenario: job('1.2'),
  check(r, h) {
    h.assert(/\.yaml:1:1: yaml: .*found incompatible YAML document/.test(r.stderr), `%YAML 1.2 refused at 1:1: ${r.stderr}`);
    h.assert(!/spec\.suspend/.test(r.stderr), `not read as YAML 1.2: ${r.stderr}`);
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'v2.yaml');
    writeFileSync(f, job('2.0'));
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, '%YAML 2.0 exit');
    h.assert(/v2\.yaml:1:1: yaml: .*found incompatible YAML document/.test(p.stderr), `%YAML 2.0: ${p.stderr}`);
  },
};
