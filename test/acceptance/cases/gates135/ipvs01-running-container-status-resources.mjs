// InPlacePodVerticalScaling (beta on 1.33, GA 1.35): the kubelet reports a running container's resources in
// status.containerStatuses[].resources (requests and limits as allocated).
export default {
  id: 'gates135/ipvs01-running-container-status-resources',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (InPlacePodVerticalScaling: State.Running -> status.Resources = convertContainerStatusResources); kube_features.go InPlacePodVerticalScaling {1.33 Beta on, 1.35 GA}',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: r}
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    metadata:
      annotations: {jobsim/duration: "5m"}
    spec:
      containers:
      - name: c
        image: busybox
        resources:
          requests: {cpu: 500m, memory: 256Mi}
          limits: {cpu: "1", memory: 256Mi}
      restartPolicy: Never
`,
  check(r, h) {
    const cs = h.podsOf('r')[0].status.containerStatuses[0];
    h.assert(cs.state.running, 'container running');
    // key order aside (README: field order in -o json is not always Go's)
    h.eq(cs.resources?.requests, { cpu: '500m', memory: '256Mi' }, 'containerStatuses[0].resources.requests');
    h.eq(cs.resources?.limits, { cpu: '1', memory: '256Mi' }, 'containerStatuses[0].resources.limits');
  },
};
