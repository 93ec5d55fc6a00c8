// The 256 KiB limit applies to each annotations map on its own: a Job with 200 KiB of annotations whose pod template
// carries another 200 KiB is accepted, and its pods get the template's annotations (not the Job's).
const big = (c) => c.repeat(200 * 1024);
export default {
  id: 'apimeta/annotations-limit-per-map',
  source: 'apimachinery objectmeta.go ValidateAnnotations (per map: metadata.annotations); core validation ValidatePodTemplateSpec (ValidateAnnotations(spec.Annotations, "spec.template.annotations")); controller_utils.go getPodsAnnotationSet (template annotations)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: j
  annotations: {job: "${big('j')}"}
spec:
  template:
    metadata:
      annotations: {tpl: "${big('t')}"}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const j = h.job('j');
    h.hasCond(j, 'Complete');
    const [p] = h.podsOf('j');
    h.eq([p.metadata.annotations?.tpl?.length, p.metadata.annotations?.job], [204800, undefined], 'pod annotations from the template only');
  },
};
