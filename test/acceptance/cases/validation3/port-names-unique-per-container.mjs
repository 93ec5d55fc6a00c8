// Port names must be unique within a container only: two containers may both name a port "http".
export default {
  id: 'validation3/port-names-unique-per-container',
  source: 'pkg/apis/core/validation/validation.go validateContainerPorts (allNames is local to one container\'s ports), called per container by validateContainerCommon',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: pn
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers: [{name: init, image: image, ports: [{name: http, containerPort: 8080}]}]
      containers:
      - {name: a, image: image, ports: [{name: http, containerPort: 80}]}
      - {name: b, image: image, ports: [{name: http, containerPort: 81}]}
`,
  check(r, h) {
    const ps = h.job('pn').spec.template.spec;
    h.eq([...ps.initContainers, ...ps.containers].map((c) => c.ports[0].name), ['http', 'http', 'http'], 'port names kept');
  },
};
