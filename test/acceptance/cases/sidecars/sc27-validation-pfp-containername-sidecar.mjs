// podFailurePolicy onExitCodes.containerName may name a sidecar (it is an init container name); a name
// that is neither a container nor an init container is refused with "must be one of the container or
// initContainer names in the pod template".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (cn) => `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { containerName: ${cn}, operator: In, values: [42] }
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'sidecars/validation-pfp-containername-sidecar',
  source: 'pkg/apis/batch/validation/validation.go validatePodFailurePolicyRuleOnExitCodes (containerName must be in the set of spec.containers and spec.initContainers names)',
  scenario: job('proxy'),
  check(r, h) {
    h.hasCond(h.job('j'), 'Complete');
    const dir = mkdtempSync(join(tmpdir(), 'sc27-'));
    writeFileSync(join(dir, 'bad.yaml'), job('nosuch'));
    const p = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 'bad.yaml'), '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 2, 'exit');
    h.assert(p.stderr.includes('Job default/j: spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "nosuch": must be one of the container or initContainer names in the pod template'), `stderr: ${p.stderr.slice(0, 300)}`);
  },
};
