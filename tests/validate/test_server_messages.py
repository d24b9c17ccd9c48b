"""What the API server's refusal says, read into one (field path, message) per cause."""
from otlp_istio.validate.server import _messages

SEVERAL = ('Error from server (Invalid): error when creating "vs.yaml": The VirtualService "otlp-collector" is '
           'invalid: \n* spec.http[0].timeout: Invalid value: "string": must be a valid duration greater than 1ms\n'
           '* spec.http[1].timeout: Invalid value: "string": must be a valid duration greater than 1ms\n')


def test_each_cause_is_its_own_finding():
    assert _messages(SEVERAL) == [
        ("spec.http[0].timeout", 'Invalid value: "string": must be a valid duration greater than 1ms'),
        ("spec.http[1].timeout", 'Invalid value: "string": must be a valid duration greater than 1ms')]


def test_one_cause_unknown_field_and_anything_else():
    assert _messages('The Service "a" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and '
                     '65535') == [("spec.ports[0].port", "Invalid value: 0: must be between 1 and 65535")]
    assert _messages('Error from server (BadRequest): unknown field "spec.foo"') == [
        ("spec.foo", 'unknown field "spec.foo"')]
    assert _messages("connection reset") == [("", "connection reset")]
