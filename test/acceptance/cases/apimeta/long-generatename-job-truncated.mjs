// A Job with a 71-character generateName: the registry generates the name before validating (Store.create:
// objectMeta.SetName(GenerateName(...)) then rest.BeforeCreate -> strategy.Validate), and SimpleNameGenerator cuts the
// base to 58 characters before the 5 random ones. The Job is named <first 58 characters><5 chars> (63), its
// job-name labels hold that name, and the API server accepts it (generateName itself only has to be a DNS subdomain
// prefix, <= 253). Its pod's generateName "<63 chars>-" is cut to 58 again.
const base = 'g'.repeat(70) + '-';
export default {
  id: 'apimeta/long-generatename-job-truncated',
  source: 'apiserver registry/generic/registry/store.go create ("Init metadata as early as possible": SetName(e.CreateStrategy.GenerateName(...)) before rest.BeforeCreate); storage/names/generate.go GenerateName (len(base) > MaxGeneratedNameLength 58: base = base[:58]); batch validation ValidateJob (generated selector labels use job.Name)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  generateName: ${base}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    h.eq(r.exitCode ?? 0, 0, `accepted: ${r.stderr?.slice(0, 300)}`);
    const jobs = h.of('Job');
    h.eq(jobs.length, 1, 'one Job');
    const j = jobs[0];
    h.assert(new RegExp(`^g{58}[bcdfghjklmnpqrstvwxz2456789]{5}$`).test(j.metadata.name), `Job name ${j.metadata.name}`);
    h.eq(j.metadata.generateName, base, 'generateName kept as written');
    h.eq(j.metadata.labels['batch.kubernetes.io/job-name'], j.metadata.name, 'job-name label');
    const [p] = h.podsOf(j.metadata.name);
    h.assert(new RegExp(`^${j.metadata.name.slice(0, 58)}[bcdfghjklmnpqrstvwxz2456789]{5}$`).test(p.metadata.name), `pod name ${p.metadata.name}`);
    h.hasCond(j, 'Complete');
  },
};
