// Seed 004 pi-calculator as intended (restartPolicy Never, backoffLimit 4): "perl:5.34.0" has a tag other than
// latest, so imagePullPolicy defaults to IfNotPresent and the kubelet uses the image on the node ("already present on
// machine", no Pulling); one pod, Complete at +11s; `kubectl get` shows Complete 1/1 11s and the pod Completed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`;
export default {
  id: 'seeds2/s2-004-pi-perl-completes',
  source: 'seed 004 pi-calculator; pkg/apis/core/v1/defaults.go SetDefaults_Container (tag not latest -> IfNotPresent); kubelet image_manager.go EnsureImageExists ("Container image %q already present on machine"); kubectl printers.go printJob/printPod',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    const job = h.job('pi-calculator');
    h.eq(job.spec.template.spec.containers[0].imagePullPolicy, 'IfNotPresent', 'imagePullPolicy');
    const [pod] = h.podsOf('pi-calculator');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name }).map((e) => [e.reason, e.message]), [
      ['Scheduled', `Successfully assigned default/${pod.metadata.name} to ${pod.spec.nodeName}`],
      ['Pulled', 'Container image "perl:5.34.0" already present on machine'],
      ['Created', 'Created container: pi'],
      ['Started', 'Started container pi'],
    ], 'pod events');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [1, undefined, 11], 'status');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'pi.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '1m', '-o', 'text'], { encoding: 'utf8' });
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('job.batch/pi-calculator ').slice(0, 7), ['job.batch/pi-calculator', 'Complete', '1/1', '11s', '60s', 'pi', 'perl:5.34.0'], 'Job row');
    h.eq(row('pod/pi-calculator-').slice(1, 5), ['0/1', 'Completed', '0', '60s'], 'pod row');
  },
};
