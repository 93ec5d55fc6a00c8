// generateName: the Job gets the prefix plus 5 random characters; its pods are named after it.
export default {
  id: 'validation/job-generatename',
  source: 'apiserver rest.BeforeCreate + names.SimpleNameGenerator (5 chars from bcdfghjklmnpqrstvwxz2456789); Job controller pod generateName "<job>-"',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  generateName: etl-
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.length, 1, 'one Job');
    const j = jobs[0];
    h.assert(/^etl-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(j.metadata.name), `name ${j.metadata.name}`);
    h.eq(j.metadata.generateName, 'etl-', 'generateName kept');
    h.eq(j.metadata.labels['batch.kubernetes.io/job-name'], j.metadata.name, 'job-name label is the generated name');
    const pods = h.podsOf(j.metadata.name);
    h.eq(pods.length, 1, 'one pod');
    h.assert(pods[0].metadata.name.startsWith(`${j.metadata.name}-`), `pod name ${pods[0].metadata.name}`);
    h.hasCond(j, 'Complete');
  },
};
