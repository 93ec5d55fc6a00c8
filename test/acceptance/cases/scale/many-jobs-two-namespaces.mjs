// The same 50 Job names in two namespaces: independent objects, each with its own pods (owner uid), all Complete at +11s.
export default {
  id: 'scale/many-jobs-two-namespaces',
  source: 'namespaced object keys (namespace/name); job_controller.go getPodsForJob lists the Job namespace only',
  timeoutMs: 120000,
  scenario: `
---
apiVersion: batch/v1
kind: Job
metadata: { name: j001, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j002, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j003, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j004, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j005, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j006, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j007, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j008, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j009, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j010, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j011, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j012, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j013, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j014, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j015, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j016, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j017, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j018, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j019, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j020, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j021, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j022, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j023, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j024, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j025, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j026, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j027, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j028, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j029, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j030, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j031, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j032, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j033, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j034, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j035, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j036, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j037, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j038, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j039, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j040, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j041, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j042, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j043, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j044, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j045, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j046, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j047, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j048, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j049, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j050, namespace: team-a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j001, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j002, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j003, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j004, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j005, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j006, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j007, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j008, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j009, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j010, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j011, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j012, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j013, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j014, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j015, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j016, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j017, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j018, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j019, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j020, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j021, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j022, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j023, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j024, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j025, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j026, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j027, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j028, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j029, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j030, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j031, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j032, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j033, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j034, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j035, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j036, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j037, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j038, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j039, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j040, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j041, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j042, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j043, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j044, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j045, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j046, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j047, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j048, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j049, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j050, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    for (const ns of ['team-a', 'team-b']) {
      const jobs = h.of('Job').filter((j) => j.metadata.namespace === ns);
      h.eq(jobs.length, 50, ns + ' jobs');
      h.eq([...new Set(jobs.map((j) => h.sec(j.status.completionTime)))], [11], ns + ' completion');
      const pods = h.of('Pod').filter((p) => p.metadata.namespace === ns);
      h.eq(pods.length, 50, ns + ' pods');
      for (const p of pods) {
        const ref = p.metadata.ownerReferences[0];
        const owner = jobs.find((j) => j.metadata.uid === ref.uid);
        h.assert(owner && owner.metadata.name === ref.name, 'pod ' + p.metadata.name + ' owned by a Job of its namespace');
        h.assert(p.metadata.name.startsWith(ref.name + '-'), 'pod name from its Job');
      }
    }
    h.eq(new Set(h.of('Job').map((j) => j.metadata.uid)).size, 100, 'distinct uids');
  },
};
