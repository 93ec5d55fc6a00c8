// A CronJob created from generateName "nightly-" is named nightly-<5 chars>; its Jobs are <that name>-<minutes since
// the epoch> (no generateName of their own), owned by it, and their pods <job>-<5 chars>.
export default {
  id: 'apimeta/cronjob-generatename-children',
  source: 'apiserver store.go create + names.SimpleNameGenerator; pkg/controller/cronjob/utils.go getJobFromTemplate2 (Name: getJobName(cj, scheduledTime) = fmt.Sprintf("%s-%d", cj.Name, getTimeHashInMinutes)); controller_utils.go getPodsPrefix',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: i}
spec:
  duration: 150s
---
apiVersion: batch/v1
kind: CronJob
metadata:
  generateName: nightly-
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const [cj] = h.of('CronJob');
    h.assert(/^nightly-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(cj.metadata.name), cj.metadata.name);
    h.eq(cj.metadata.generateName, 'nightly-', 'generateName kept');
    const jobs = h.jobsOf(cj.metadata.name);
    h.eq(jobs.map((j) => [j.metadata.name, j.metadata.generateName, j.metadata.ownerReferences[0].uid]), [
      [`${cj.metadata.name}-29453761`, undefined, cj.metadata.uid],
      [`${cj.metadata.name}-29453762`, undefined, cj.metadata.uid],
    ], 'Jobs');
    for (const j of jobs) {
      const [p] = h.podsOf(j.metadata.name);
      h.eq(p.metadata.generateName, `${j.metadata.name}-`, 'pod generateName');
    }
  },
};
