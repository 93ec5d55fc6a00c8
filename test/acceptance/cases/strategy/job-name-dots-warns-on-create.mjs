// jobStrategy.WarningsOnCreate: a Job name that is a valid DNS subdomain but not a DNS label (dots) is
// accepted with the warning "metadata.name: this is used in Pod names and hostnames, which can result in
// surprising behavior; a DNS label is recommended: [must not contain dots]" (kubectl: "Warning: ...").
// Both creates (a document and a timeline create) warn; the later parallelism patch does not repeat it
// (WarningsOnUpdate has no name check). Exactly two such warnings.
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: my.job, spec: {parallelism: 1}}}
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late.job}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: my.job}
spec:
  completions: 2
  parallelism: 2
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'strategy/job-name-dots-warns-on-create',
  source: 'pkg/registry/batch/job/strategy.go WarningsOnCreate ("if msgs := utilvalidation.IsDNS1123Label(newJob.Name); len(msgs) != 0 { warnings = append(warnings, fmt.Sprintf(\\"metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: %v\\", msgs)) }"), WarningsOnUpdate (WarningsForJobSpec only); apimachinery validation.IsDNS1123Label ("must not contain dots")',
  scenario,
  check(r, h) {
    h.eq(h.job('my.job').status.succeeded, 2, 'the Job runs');
    h.eq(h.job('late.job').status.succeeded, 1, 'the timeline Job runs');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit');
    const w = run.stderr.split('\n').filter((l) => /a DNS label is recommended/.test(l));
    h.eq(w.length, 2, `two name warnings (document and timeline create): ${JSON.stringify(run.stderr.slice(0, 400))}`);
    const suffix = ': metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]';
    h.assert(w.some((l) => l.endsWith(`Job default/my.job${suffix}`)), `my.job warning: ${JSON.stringify(w)}`);
    h.assert(w.some((l) => l.endsWith(`Job default/late.job${suffix}`)), `late.job warning: ${JSON.stringify(w)}`);
  },
};
