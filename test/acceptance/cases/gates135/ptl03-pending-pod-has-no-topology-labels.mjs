// The labels come with the Binding: a pod that is never bound keeps only its template's labels.
export default {
  id: 'gates135/ptl03-pending-pod-has-no-topology-labels',
  source: 'plugin/pkg/admission/podtopologylabels/admission.go admitPod (spec.nodeName empty: nothing to copy) and admitBinding',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ptl}
spec:
  duration: 1m
  cluster:
    nodePools:
    - name: a
      count: 1
      capacity: {cpu: "1", memory: 16Gi, pods: 110}
      labels: {topology.kubernetes.io/zone: eu-1a}
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
        resources: {requests: {cpu: "2"}}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('t')[0];
    h.eq(p.spec.nodeName, undefined, 'unbound');
    h.eq(p.metadata.labels['topology.kubernetes.io/zone'], undefined, 'no zone label');
  },
};
