// Seed 000 "Kubernetes automatically handles node failures": node-2 stops at +30s but is still Ready in the API until
// +75s, so the 00:01:00 pod (seed 1) is bound to it and never starts (Pending, no Ready condition, so MarkPodsNotReady
// leaves it alone and records no pod event). Evicted at +380s (300s toleration); its failure time is then
// deletionTimestamp - grace = +380s, so the replacement waits the 10s back-off (+390s) and goes to a healthy node.
// The Job reaches SuccessCriteriaMet but cannot be Complete while the evicted pod is still Terminating on the dead
// node, so the CronJob keeps it in status.active; Jobs created after +75s never land on node-2.
export default {
  id: 'seeds/s000-hello-node-down-before-detection',
  source: 'nodelifecycle MarkPodsNotReady (only pods with a Ready condition); tainteviction; job backoff_utils.go getFinishedTime (deletionTimestamp - grace); registry pod CheckGracefulDelete (bound Pending pod keeps its grace); scheduler TaintToleration (unreachable:NoSchedule); reference cronjob §5, job §2.8, §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: hello-node-down
spec:
  duration: 10m
  faults:
    - { at: 30s, nodeDown: node-2, for: 20m }
---
# Example CronJob manifest to run every minute
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/1 * * * *" # Cron syntax
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo "Hello from Kubernetes"
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node', name: 'node-2' }).map((e) => h.sec(e.firstTimestamp)), [75], 'node-2 NotReady');
    const [stuck, repl] = h.podsOf('hello-29453761');
    h.eq([stuck.spec.nodeName, stuck.status.phase, (stuck.status.conditions ?? []).map((c) => c.type)], ['node-2', 'Pending', ['PodScheduled', 'DisruptionTarget']], 'pod bound to the dead node never started');
    h.eq(h.events({ kind: 'Pod', name: stuck.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[60, 'Scheduled'], [380, 'TaintManagerEviction']], 'its events');
    h.eq([h.sec(stuck.metadata.deletionTimestamp), stuck.metadata.deletionGracePeriodSeconds], [410, 30], 'graceful deletion of a bound pod');
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.status.phase], [390, 'Succeeded'], 'replacement after the 10s back-off');
    h.assert(repl.spec.nodeName !== 'node-2', 'replacement on a healthy node');
    const job = h.job('hello-29453761');
    h.eq(job.status.conditions.map((c) => [c.type, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 401]], 'not Complete while a pod is terminating');
    h.eq([job.status.succeeded, job.status.failed, job.status.terminating], [1, 1, 1], 'status');
    h.eq((h.cronjob('hello').status.active ?? []).map((a) => a.name), ['hello-29453761'], 'still active for the CronJob');
    const late = h.of('Pod').filter((p) => h.sec(p.metadata.creationTimestamp) > 75);
    h.assert(late.length >= 9 && late.every((p) => p.spec.nodeName !== 'node-2'), 'no pod placed on node-2 after it is NotReady');
  },
};
