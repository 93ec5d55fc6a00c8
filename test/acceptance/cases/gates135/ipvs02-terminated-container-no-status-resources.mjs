// InPlacePodVerticalScaling: status.containerStatuses[].resources is written only for a running container
// (convertContainerStatusResources is called under State.Running); a terminated container's status has none.
export default {
  id: 'gates135/ipvs02-terminated-container-no-status-resources',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (if status.State.Running != nil { status.Resources = ... }); InPlacePodVerticalScaling 1.35 GA',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox
        resources:
          requests: {cpu: 500m, memory: 256Mi}
      restartPolicy: Never
`,
  check(r, h) {
    const cs = h.podsOf('r')[0].status.containerStatuses[0];
    h.assert(cs.state.terminated, 'container terminated');
    h.eq(cs.resources, undefined, 'containerStatuses[0].resources');
  },
};
