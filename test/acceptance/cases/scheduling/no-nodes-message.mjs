// With no node at all, schedulePod returns ErrNoNodesAvailable, which is not a FitError: no
// PostFilter (preemption) runs and the message is the bare error.
export default {
  id: 'scheduling/no-nodes-message',
  source: 'schedule_one.go schedulePod (NumNodes() == 0 -> ErrNoNodesAvailable "no nodes available to schedule pods"); schedulingCycle (err == ErrNoNodesAvailable: UnschedulableAndUnresolvable, no RunPostFilterPlugins); handleSchedulingFailure (reason Unschedulable)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 0, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs[0].message, 'no nodes available to schedule pods', 'message');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c.status, c.reason, c.message], ['False', 'Unschedulable', 'no nodes available to schedule pods'], 'PodScheduled');
  },
};
