// SetDefaults_Container takes the tag from parsers.ParseImageName, which fails on a reference the docker
// parser rejects (upper-case repository, empty tag); the error is ignored and the tag is "", so the policy
// is IfNotPresent, not Always. (Validation accepts any image without surrounding whitespace.)
export default {
  id: 'defaults/image-pull-policy-invalid-reference',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Container ("_, tag, _, _ := parsers.ParseImageName(obj.Image)"); pkg/util/parsers/parsers.go ParseImageName (dockerref.ParseNormalizedNamed error -> "", "", "", err); distribution/reference "repository name must be lowercase"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: img}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: "Busybox"}
      - {name: b, image: "busybox:"}
      - {name: c, image: "busybox"}
      - {name: d, image: "Registry.Example.com/busybox"}
`,
  check(r, h) {
    const cs = h.job('img').spec.template.spec.containers;
    h.eq(cs.map((c) => c.imagePullPolicy), ['IfNotPresent', 'IfNotPresent', 'Always', 'Always'], 'imagePullPolicy');
  },
};
