// TestManagedBy_RecreatedJob: a Job without managedBy whose pod just succeeded is deleted (background) and recreated
// under the same name with managedBy example.com/custom-job-controller; the sync queued for the old Job must not touch
// the new one: its status stays empty and it gets no pods.
export default {
  id: 'integjob/managedby-recreated-job',
  source: 'test/integration/job/job_test.go TestManagedBy_RecreatedJob (cmp.Diff(batchv1.JobStatus{}, jobObj.Status)); job_controller.go syncJob (isJobManagedByOtherController); reference §2.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: recreated}
spec:
  duration: 2m
  timeline:
    - {at: 10s, delete: {kind: Job, name: rj}}
    - at: 10s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: rj}
        spec:
          completions: 1
          parallelism: 1
          managedBy: example.com/custom-job-controller
          template:
            spec:
              containers: [{name: main-container, image: foo}]
              restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: rj}
spec:
  completions: 1
  parallelism: 1
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job').filter((j) => j.metadata.name === 'rj');
    h.eq(jobs.length, 2, 'two Jobs named rj over the run');
    const nu = jobs.find((j) => j.spec.managedBy === 'example.com/custom-job-controller');
    h.assert(nu, 'recreated Job present');
    h.eq(nu.status ?? {}, {}, 'status of the recreated Job');
    h.eq(h.of('Pod').filter((p) => (p.metadata.ownerReferences ?? []).some((o) => o.uid === nu.metadata.uid)).length, 0, 'pods of the recreated Job');
  },
};
