// One 3-cpu node, Job lo with three 1-cpu pods of 60s. At 20s a Job with a PriorityClass of value 1000 needs 1 cpu: the
// scheduler preempts one lo pod (DisruptionTarget, graceful delete; it exits on SIGTERM at once). lo counts it failed at
// 21s (active 2, ready 2, failed 1) and creates the replacement after the 10s back-off from its finish (30s): active 3 with
// ready 2, the new pod Pending until the preemptor's pod ends (50s) and frees the cpu; ready 3 at 51s, the two first pods
// succeed at 60s (61s: succeeded 2, active 1) and the replacement at 110s: Complete at 111s with failed 1.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools: [{name: w, count: 1, capacity: {cpu: "3", memory: 16Gi, pods: 110}}]
  timeline:
  - at: 20s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: hi}
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 30s}}
          spec:
            priorityClassName: high
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: lo}
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/preempted-pod-counted-replacement-pending',
  source: 'pkg/controller/job/job_controller.go trackJobStatusAndRemoveFinalizers (a Failed pod counts, DisruptionTarget or not, without a podFailurePolicy), manageJob (back-off from the failed pod finish time; pending pods are active), countReadyPods; pkg/scheduler/framework/preemption (DisruptionTarget PreemptionByScheduler, graceful delete)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'lo'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a3 r0 T0 s0 f0 st0',
      '1 a3 r3 T0 s0 f0 st0',
      '21 a2 r2 T0 s0 f1 st0',
      '30 a3 r2 T0 s0 f1 st0',
      '51 a3 r3 T0 s0 f1 st0',
      '61 a1 r1 T0 s2 f1 st0',
      '111 a0 r0 T0 s3 f1 st0 ct111 SuccessCriteriaMet=True/CompletionsReached@111/111 Complete=True/CompletionsReached@111/111',
    ], 'Job lo status writes');
    const victims = h.events({ reason: 'Preempted' });
    h.eq(victims.map((e) => h.sec(e.firstTimestamp)), [20], 'one victim preempted at 20s');
    const v = h.find('Pod', victims[0].involvedObject.name);
    h.eq((v.status.conditions ?? []).filter((c) => c.type === 'DisruptionTarget').map((c) => [c.status, c.reason]), [['True', 'PreemptionByScheduler']], 'victim DisruptionTarget');
  },
};
