// Each pod gets the zone of the node it is bound to (two pools in two zones, a nodeSelector per Job).
export default {
  id: 'gates135/ptl05-per-node-values',
  source: 'plugin/pkg/admission/podtopologylabels/admission.go topologyLabelsForNodeName (values read from the binding target Node)',
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
      labels: {topology.kubernetes.io/zone: za, pool: a}
    - name: b
      count: 1
      capacity: {cpu: "4", memory: 16Gi, pods: 110}
      labels: {topology.kubernetes.io/zone: zb, pool: b}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ja}
spec:
  template:
    spec:
      nodeSelector: {pool: a}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: jb}
spec:
  template:
    spec:
      nodeSelector: {pool: b}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('ja')[0].metadata.labels['topology.kubernetes.io/zone'], 'za', 'ja pod zone');
    h.eq(h.podsOf('jb')[0].metadata.labels['topology.kubernetes.io/zone'], 'zb', 'jb pod zone');
    h.eq(h.podsOf('jb')[0].metadata.labels['topology.kubernetes.io/region'], undefined, 'no region label where the node has none');
  },
};
