// The pod template's metadata.finalizers are not validated when the Job is created (ValidatePodTemplateSpec checks
// labels, annotations and the spec only), but the Job controller copies them to each pod, and the Pod create runs
// ValidateObjectMeta: "bad finalizer" is not a qualified name, so every pod create fails with Invalid; the Job
// controller records FailedCreate ("Error creating: Pod \"j-xxxxx\" is invalid: metadata.finalizers: ...") and no pod
// exists.
export default {
  id: 'apimeta/template-finalizer-invalid-pod-create-fails',
  source: 'pkg/apis/core/validation ValidatePodTemplateSpec (no finalizer check) vs ValidatePodCreate -> ValidateObjectMeta -> ValidateFinalizers; pkg/controller/controller_utils.go GetPodFromTemplate (Finalizers: getPodsFinalizers(template)), RealPodControl.createPods (Eventf(Warning, FailedCreate, "Error creating: %v", err))',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: h}
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {finalizers: ["bad finalizer"]}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    h.eq(h.of('Pod').length, 0, 'no pod could be created');
    const ev = h.events({ kind: 'Job', name: 'j', reason: 'FailedCreate' });
    h.assert(ev.length >= 1, 'FailedCreate events');
    h.assert(/^Error creating: Pod "j-[a-z0-9]{5}" is invalid: metadata\.finalizers: Invalid value: "bad finalizer": name part must consist of /.test(ev[0].message), ev[0].message);
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'SuccessfulCreate' }).length, 0, 'no SuccessfulCreate');
    h.noCond(h.job('j'), 'Complete');
  },
};
