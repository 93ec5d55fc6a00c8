// A `null` value in a map of strings (labels, annotations, nodeSelector) or in a list of strings (args)
// is decoded by the API server as "" (encoding/json ignores null for a string but still stores the map
// entry / slice element at its zero value). The objects in the result carry "", never JSON null, which
// is not a valid label value or argument in the API's shape.
export default {
  id: 'inputerrors2/null-string-map-values-and-items',
  source: 'encoding/json (sigs.k8s.io/json) object()/array(): map element and slice element decoded from null keep the zero value "" and are stored; metav1.ObjectMeta labels map[string]string; core.Container.Args []string',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
  labels: {team: null}
  annotations: {note: null}
spec:
  template:
    metadata: {labels: {x: null}}
    spec:
      containers: [{name: c, image: busybox, args: [null, "b"]}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('a');
    h.eq(j.metadata.labels.team, '', 'Job label team');
    h.eq(j.metadata.annotations.note, '', 'Job annotation note');
    h.eq(j.spec.template.metadata.labels.x, '', 'template label x');
    h.eq(j.spec.template.spec.containers[0].args, ['', 'b'], 'args');
    const p = h.podsOf('a')[0];
    h.eq(p.metadata.labels.x, '', 'pod label x');
  },
};
