// The only node carries spot=yes:NoExecute, tolerated 60s: the taint manager plans each pod's eviction for
// 60s after its binding. The Job's activeDeadlineSeconds (30) comes first: at 30s it deletes the pod
// (SuccessfulDelete, FailureTarget DeadlineExceeded), the kubelet kills it (143) and removes it; the pod's
// deletion cancels the planned eviction, with its event, at 30s. No DisruptionTarget; Failed at 31s once
// nothing is terminating.
export default {
  id: 'disrupt/deadline-deletion-cancels-planned-eviction',
  source: 'taint_eviction.go PodUpdated(pod, nil) -> handlePodUpdate (NotFound -> cancelWorkWithEvent "Cancelling deletion of Pod %s"); processPodOnNode (Equal toleration with value, 60s); job_controller.go pastActiveDeadline, deleteJobPods, delayed terminal condition',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, taints: [{ key: spot, value: "yes", effect: NoExecute }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      tolerations: [{ key: spot, operator: Equal, value: "yes", effect: NoExecute, tolerationSeconds: 60 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const [p, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'one pod');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, `Cancelling deletion of Pod default/${p.metadata.name}`]], 'cancelled, never marked');
    h.noCond(p, 'DisruptionTarget');
    h.eq([p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp)], ['Failed', 143, 60], 'deleted by the Job at 30s');
    const job = h.job('j');
    const ft = h.hasCond(job, 'FailureTarget', 'DeadlineExceeded');
    const f = h.hasCond(job, 'Failed', 'DeadlineExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [30, 31, 'Job was active longer than specified deadline'], 'conditions');
  },
};
