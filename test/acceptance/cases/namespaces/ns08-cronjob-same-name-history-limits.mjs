// Two CronJobs "cj" (every minute) in namespaces a (successfulJobsHistoryLimit 1) and b (limit 2): each cleans up only
// the Jobs of its own namespace (getJobsToBeReconciled lists the CronJob's namespace), oldest startTime first,
// when the next Job completes (+11s after its minute). At 5m30s a keeps only cj-29453765, b keeps ...64 and ...65.
const cj = (ns, limit) => `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: ${ns}}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: ${limit}
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'namespaces/ns08-cronjob-same-name-history-limits',
  source: 'cronjob_controllerv2.go getJobsToBeReconciled (jobLister.Jobs(cronJob.Namespace)), cleanupFinishedJobs/removeOldestJobs; reference cronjob-and-friends.md §2.2, §2.7',
  args: ['--duration', '5m30s'],
  scenario: cj('a', 1) + '---\n' + cj('b', 2),
  check(r, h) {
    const live = (ns) => h.of('Job').filter((j) => j.metadata.namespace === ns && !j.metadata.deletionTimestamp).map((j) => j.metadata.name);
    h.eq(live('a'), ['cj-29453765'], 'a keeps 1');
    h.eq(live('b'), ['cj-29453764', 'cj-29453765'], 'b keeps 2');
    const dels = (ns) => r.events.filter((e) => e.reason === 'SuccessfulDelete' && e.involvedObject.namespace === ns).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(dels('a'), [[131, 'Deleted job cj-29453761'], [191, 'Deleted job cj-29453762'], [251, 'Deleted job cj-29453763'], [311, 'Deleted job cj-29453764']], 'a deletions');
    h.eq(dels('b'), [[191, 'Deleted job cj-29453761'], [251, 'Deleted job cj-29453762'], [311, 'Deleted job cj-29453763']], 'b deletions');
    for (const ns of ['a', 'b']) {
      const uid = h.cronjob('cj', ns).metadata.uid;
      for (const j of h.of('Job').filter((x) => x.metadata.namespace === ns)) h.eq(j.metadata.ownerReferences[0].uid, uid, `${ns}/${j.metadata.name} owner`);
    }
    h.assert(h.cronjob('cj', 'a').metadata.uid !== h.cronjob('cj', 'b').metadata.uid, 'distinct uids');
  },
};
