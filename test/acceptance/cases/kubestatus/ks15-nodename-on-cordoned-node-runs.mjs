// A Job pod template bound with spec.nodeName to a node cordoned since 0s: the scheduler is bypassed and the
// kubelet's own admission checks only resources, node name/affinity, host ports and NoExecute taints, not
// spec.unschedulable nor the NoSchedule unschedulable taint: the pod is admitted at 5s and runs to Succeeded,
// with no rejection and no FailedScheduling.
export default {
  id: 'kubestatus/nodename-on-cordoned-node-runs',
  source: 'pkg/kubelet/lifecycle/predicate.go generalFilter (scheduler AdmissionCheck: NodeResourcesFit, NodeAffinity, NodeName, NodePorts; taints: "Kubelet is only interested in the NoExecute taint"); pkg/scheduler/framework/plugins/nodeunschedulable (scheduler only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 0s, cordonNode: w-1 }
  timeline:
  - at: 5s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: j }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: 20s } }
          spec:
            nodeName: w-1
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.get('Node', 'w-1').spec.unschedulable, true, 'node cordoned');
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, p.status.reason, h.sec(p.status.startTime)], ['Succeeded', undefined, 5], 'pod');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.startedAt), h.sec(t.finishedAt)], [0, 5, 25], 'container');
    h.eq(h.events({ kind: 'Pod', type: 'Warning' }).length, 0, 'no warning (no rejection, no FailedScheduling)');
    h.eq(h.job('j').status.succeeded, 1, 'Job succeeded');
  },
};
