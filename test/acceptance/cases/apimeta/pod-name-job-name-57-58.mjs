// Pods are created with generateName "<job>-": for a 57-character Job name that is 58 characters, kept whole (pod
// name <job>-<5 chars>, 63); for a 58-character Job name it is 59 and cut to 58, which drops the dash: the pod name is
// <job><5 chars>.
const n57 = 'a'.repeat(57), n58 = 'b'.repeat(58);
const doc = (n) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${n}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`;
export default {
  id: 'apimeta/pod-name-job-name-57-58',
  source: 'storage/names/generate.go GenerateName (if len(base) > MaxGeneratedNameLength(58) { base = base[:58] }); pkg/controller/controller_utils.go getPodsPrefix ("<controllerName>-")',
  scenario: `${doc(n57)}---\n${doc(n58)}`,
  check(r, h) {
    const [a] = h.podsOf(n57), [b] = h.podsOf(n58);
    h.eq([a.metadata.generateName, b.metadata.generateName], [`${n57}-`, `${n58}-`], 'generateName as the controller sent it');
    h.assert(new RegExp(`^${n57}-[bcdfghjklmnpqrstvwxz2456789]{5}$`).test(a.metadata.name), `57: ${a.metadata.name}`);
    h.assert(new RegExp(`^${n58}[bcdfghjklmnpqrstvwxz2456789]{5}$`).test(b.metadata.name), `58: ${b.metadata.name}`);
  },
};
