// The pod template's metadata.finalizers are copied to every pod (GetPodFromTemplate/getPodsFinalizers), and the Job
// controller appends its batch.kubernetes.io/job-tracking finalizer after them (appendJobCompletionFinalizerIfNotFound).
// Mid-run (20s) the pod carries both, in that order.
export default {
  id: 'deletion2/template-finalizers-copied-to-pods',
  source: 'pkg/controller/controller_utils.go GetPodFromTemplate (Finalizers: getPodsFinalizers(template)); job_controller.go manageJob (podTemplate.Finalizers = appendJobCompletionFinalizerIfNotFound(podTemplate.Finalizers))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 20s
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata:
      finalizers: [example.com/pod]
      annotations: {jobsim/duration: "1h"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.metadata.finalizers, ['example.com/pod', 'batch.kubernetes.io/job-tracking'], 'template finalizer, then the tracking finalizer');
    h.eq(h.job('j').spec.template.metadata.finalizers, ['example.com/pod'], 'the template keeps it');
  },
};
