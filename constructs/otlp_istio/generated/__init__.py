"""Loading the classes ``cdk8s import`` generated (``imports/``) cheaply.

* :mod:`.kernel`: jsii's Node.js kernel starts only when something really calls into
  JavaScript (the cdk8s path does; the fast path never does).
* :mod:`.loader`: the command compiles the generated modules with optimisation, so
  their ``if __debug__:`` run-time type checks are not in the code at all (the tests
  import them normally, checks on).
* :mod:`.tables`: what the generated JavaScript knows and the Python side does not
  (wire names of escaped enum members and properties, each class's apiVersion and
  kind), read from the modules' jsii bundles and cached.
"""
