// A pod created with spec.nodeName (no Binding) gets the labels on create, through admitPod.
export default {
  id: 'gates135/ptl04-created-with-nodename',
  source: 'plugin/pkg/admission/podtopologylabels/admission.go admitPod (regular pods endpoint with spec.nodeName set); kube_features.go PodTopologyLabelsAdmission 1.35 Beta on',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ptl}
spec:
  cluster:
    nodePools:
    - name: a
      count: 2
      capacity: {cpu: "4", memory: 16Gi, pods: 110}
      labels: {topology.kubernetes.io/zone: z9, topology.kubernetes.io/region: r9}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  template:
    spec:
      nodeName: a-2
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('t')[0];
    h.eq(p.spec.nodeName, 'a-2', 'node');
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq([p.metadata.labels['topology.kubernetes.io/zone'], p.metadata.labels['topology.kubernetes.io/region']], ['z9', 'r9'], 'zone and region labels');
  },
};
