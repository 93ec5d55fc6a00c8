// scenarios/pi.yaml: one pod; SuccessfulCreate, Scheduled, Pulled (IfNotPresent, already present), Created,
// Started at +0s; the 10s container; SuccessCriteriaMet and Complete (CompletionsReached) at +11s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/pi-lifecycle',
  source: 'scenarios/pi.yaml comment; kubernetes pkg/kubelet/images/image_manager.go (Container image %q already present on machine), pkg/kubelet/kuberuntime (Created container: %s / Started container %s, 1.33-1.35), job_controller.go (Job completed)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/pi.yaml'), 'utf8'),
  check(r, h) {
    const pod = h.podsOf('pi-calculator')[0];
    const n = pod.metadata.name;
    h.eq(r.events.map((e) => [h.sec(e.firstTimestamp), e.reason, e.involvedObject.kind, e.source.component, e.message]), [
      [0, 'SuccessfulCreate', 'Job', 'job-controller', `Created pod: ${n}`],
      [0, 'Scheduled', 'Pod', 'default-scheduler', `Successfully assigned default/${n} to ${pod.spec.nodeName}`],
      [0, 'Pulled', 'Pod', 'kubelet', 'Container image "perl:5.34.0" already present on machine'],
      [0, 'Created', 'Pod', 'kubelet', 'Created container: pi'],
      [0, 'Started', 'Pod', 'kubelet', 'Started container pi'],
      [11, 'Completed', 'Job', 'job-controller', 'Job completed'],
    ], 'event log');
    const j = h.job('pi-calculator');
    h.eq([j.spec.backoffLimit, j.spec.completions, j.spec.parallelism, j.spec.completionMode, j.spec.podReplacementPolicy], [4, 1, 1, 'NonIndexed', 'TerminatingOrFailed'], 'defaults');
    h.eq([h.sec(j.status.startTime), h.sec(j.status.completionTime), j.status.succeeded], [0, 11, 1], 'status');
    h.eq(pod.spec.containers[0].imagePullPolicy, 'IfNotPresent', 'pull policy of a tagged image');
    h.eq(h.sec(pod.status.containerStatuses[0].state.terminated.finishedAt), 10, 'finishedAt');
  },
};
