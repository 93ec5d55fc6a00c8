// scenarios/pod-failure-policy.yaml: the evicted pod (DisruptionTarget EvictionByEvictionAPI) is Ignored (not in
// failed) but its replacement waits the 10s back-off (+70s); exit 42 at +250s: FailureTarget +251s (two running
// pods deleted), Failed +252s with the Warning PodFailurePolicy; succeeded 2, failed 3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/pod-failure-policy-failjob',
  source: 'scenarios/pod-failure-policy.yaml comment; kubernetes pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"); pkg/registry/core/pod/storage/eviction.go (EvictionByEvictionAPI)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/pod-failure-policy.yaml'), 'utf8'),
  check(r, h) {
    const ev = h.get('Pod', 'train-4klxh');
    const dt = h.anyCond(ev, 'DisruptionTarget');
    h.eq([dt.reason, dt.message, h.sec(dt.lastTransitionTime), ev.status.phase, h.exitCodeOf(ev), h.sec(ev.metadata.deletionTimestamp)], ['EvictionByEvictionAPI', 'Eviction API: evicting', 60, 'Failed', 143, 90], 'evicted pod');
    h.eq(h.sec(h.get('Pod', 'train-qccvb').metadata.creationTimestamp), 70, 'replacement after 10s');
    h.eq(h.exitCodeOf(h.get('Pod', 'train-qccvb')), 42, 'exit 42');
    const msg = 'Container trainer for pod default/train-qccvb failed with exit code 42 matching FailJob rule at index 1';
    const j = h.job('train');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', msg, 251], ['Failed', 'PodFailurePolicy', msg, 252]], 'conditions');
    h.eq(h.events({ reason: 'PodFailurePolicy' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', msg, 252]], 'event');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [251, 251], 'running pods deleted');
    h.eq([j.status.succeeded, j.status.failed, j.spec.podReplacementPolicy], [2, 3, 'Failed'], 'status and defaulted podReplacementPolicy');
  },
};
