// PodTopologyLabels copies only the two configured keys: other node labels (pool labels, hostname, a
// topology.kubernetes.io/ key of one's own) never reach the pod.
export default {
  id: 'gates135/ptl02-only-zone-and-region',
  source: 'plugin/pkg/admission/podtopologylabels/admission.go isTopologyLabel (explicit keys only: topology.kubernetes.io/zone, topology.kubernetes.io/region)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ptl}
spec:
  cluster:
    nodePools:
    - name: a
      count: 1
      capacity: {cpu: "4", memory: 16Gi, pods: 110}
      labels: {pool: batch, topology.kubernetes.io/rack: r7}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('t')[0];
    h.eq(Object.keys(p.metadata.labels).sort(), ['batch.kubernetes.io/controller-uid', 'batch.kubernetes.io/job-name', 'controller-uid', 'job-name'], 'pod label keys');
  },
};
