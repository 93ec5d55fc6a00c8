// jobsim/duration and jobsim/exit-codes annotation values are validated when the object is loaded, at
// the annotation's line, with the object named: MIN > MAX, p95 < median, an empty list, a code > 255,
// signs or hex — on a Job template and a CronJob's job template alike.
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: l}
spec:
  template:
    metadata:
      annotations:
        jobsim/duration: "uniform(30m,10m)"
        jobsim/exit-codes: ""
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            jobsim/duration: "lognormal(20m,10m)"
            jobsim/exit-codes: "0,256,+1"
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/annotation-values-invalid',
  source: 'CONTRACT.md §2 (annotations jobsim/duration "30s", jobsim/exit-codes "1,1,0"); README (uniform(10m,30m), lognormal(20m,45m), exponential(5m))',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    const d = 'must be a duration (30s, 1h30m) or uniform(MIN,MAX), lognormal(MEDIAN,P95), exponential(MEAN)';
    const e = 'must be exit codes 0-255 separated by commas, e.g. "1,1,0"';
    h.eq(lines, [
      `${at(8, 'jobsim/duration')}: Job default/l: spec.template.metadata.annotations[jobsim/duration]: Invalid value: "uniform(30m,10m)": ${d}`,
      `${at(9, 'jobsim/exit-codes')}: Job default/l: spec.template.metadata.annotations[jobsim/exit-codes]: Invalid value: "": ${e}`,
      `${at(24, 'jobsim/duration')}: CronJob default/cj: spec.jobTemplate.spec.template.metadata.annotations[jobsim/duration]: Invalid value: "lognormal(20m,10m)": ${d}`,
      `${at(25, 'jobsim/exit-codes')}: CronJob default/cj: spec.jobTemplate.spec.template.metadata.annotations[jobsim/exit-codes]: Invalid value: "0,256,+1": ${e}`,
    ], 'annotation problems');
  },
};
