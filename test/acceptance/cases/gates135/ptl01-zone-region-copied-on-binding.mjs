// PodTopologyLabelsAdmission (beta, on in 1.35): the PodTopologyLabels admission plugin copies the assigned
// Node's topology.kubernetes.io/zone and /region labels onto the pod through the Binding.
export default {
  id: 'gates135/ptl01-zone-region-copied-on-binding',
  source: 'plugin/pkg/admission/podtopologylabels/admission.go admitBinding (defaultConfig labels topology.kubernetes.io/{zone,region}); kube_features.go PodTopologyLabelsAdmission {1.35 Beta on}; kubernetes PR #135158 release note',
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
      labels: {topology.kubernetes.io/zone: eu-1a, topology.kubernetes.io/region: eu-1}
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
    h.eq(p.spec.nodeName, 'a-1', 'node');
    h.eq(p.metadata.labels['topology.kubernetes.io/zone'], 'eu-1a', 'zone label on the pod');
    h.eq(p.metadata.labels['topology.kubernetes.io/region'], 'eu-1', 'region label on the pod');
  },
};
