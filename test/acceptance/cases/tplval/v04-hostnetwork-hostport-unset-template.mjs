export default {
  id: 'tplval/v04-hostnetwork-hostport-unset-template',
  // in a template, hostNetwork with hostPort unset is accepted (defaulted on the pod)
  source: "validation.go validatePodHostNetworkDeps: (opts.ResourceIsPod || hp != 0) && hp != cp",
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hn\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      hostNetwork: true\n      containers:\n      - name: c\n        image: busybox\n        ports:\n        - {containerPort: 8080}\n",
  check(r, h) {
    const j = h.job('hn'); h.assert(j.status && (j.status.succeeded === 1), 'job hn succeeded: ' + JSON.stringify(j.status));
  },
};
