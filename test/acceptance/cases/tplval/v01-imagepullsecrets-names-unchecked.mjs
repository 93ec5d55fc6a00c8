export default {
  id: 'tplval/v01-imagepullsecrets-names-unchecked',
  // imagePullSecrets names are not validated (only "only name may be set")
  source: "validation.go validateImagePullSecrets: only compares with LocalObjectReference{Name}",
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ips\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      imagePullSecrets: [{name: \"\"}, {name: Not_A_DNS_Name}]\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const j = h.job('ips'); h.assert(j.status && (j.status.succeeded === 1), 'job ips succeeded: ' + JSON.stringify(j.status));
  },
};
