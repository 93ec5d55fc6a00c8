// ContainerStatus.LastTerminationState is a ContainerState struct tagged `json:"lastState,omitempty"`: encoding/json
// never omits a struct, so a container that never restarted shows "lastState": {} (as kubectl get pod -o json prints).
export default {
  id: 'podstatus/laststate-empty-object',
  source: 'staging/src/k8s.io/api/core/v1/types.go ContainerStatus (LastTerminationState ContainerState `json:"lastState,omitempty"`, a struct: omitempty has no effect)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ls }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const cs = h.podsOf('ls')[0].status.containerStatuses[0];
    h.assert('lastState' in cs, `containerStatuses[0] has no lastState key: ${JSON.stringify(Object.keys(cs))}`);
    h.eq(cs.lastState, {}, 'lastState');
  },
};
