"""doctor certs: expiry, SPIFFE identity and chains of certificates generated here."""
from __future__ import annotations

import base64
import datetime as dt
import json

import pytest

from otlp_istio.doctor import certs
from otlp_istio.doctor.result import Status
from otlp_istio.errors import UserError

from .pki import CA, NOW, pem

H = dt.timedelta(hours=1)


@pytest.fixture(scope="module")
def ca():
    return CA()


def run(tmp_path, data: bytes, **kw):
    """The check at the instant the certificates were issued against (a loaded machine may run a
    test minutes after pki.py was imported: "expired 6.0 h ago" would read 6.1)."""
    p = tmp_path / "cert-chain.pem"
    p.write_bytes(data)
    return certs.check(certs.from_files([p]), **{"now": NOW, **kw})


def test_given_valid_workload_chain_then_ok_with_spiffe_id(tmp_path, ca):
    r = run(tmp_path, pem(ca.issue(), ca.cert), expected=certs.Expected(namespace="otlp-system",
                                                                         service_account="otlp-collector"))
    assert r.status is Status.OK, r.details
    leaf, root = r.data["certificates"]
    assert leaf["spiffe_ids"] == ["spiffe://cluster.local/ns/otlp-system/sa/otlp-collector"]
    assert leaf["ca"] is False and root["ca"] is True
    assert leaf["issuer"] == root["subject"] == "CN=Istio CA,O=cluster.local"
    assert 0.9 < leaf["days_left"] < 1.0
    assert r.data["chains"] == [{"source": str(tmp_path / "cert-chain.pem"), "ends_at_root": True, "chain": [
        "spiffe://cluster.local/ns/otlp-system/sa/otlp-collector", "CN=Istio CA,O=cluster.local"]}]
    assert any(d.endswith("otlp-collector ← CN=Istio CA,O=cluster.local (self-signed root)") for d in r.details)


def test_given_expired_then_fail_and_expiring_then_warn(tmp_path, ca):
    r = run(tmp_path, pem(ca.issue(start=-30 * H)))  # 24 h lifetime ended 6 h ago
    assert r.status is Status.FAIL
    assert "expired 6.0 h ago" in r.data["certificates"][0]["problems"][0]
    assert "refresh-certs" in r.next[0]
    # a 24 h workload certificate with 3 h left: Istio would have renewed it at 12 h
    r = run(tmp_path, pem(ca.issue(start=-21 * H)))
    assert r.status is Status.WARN and "expires in 3.0 h" in r.details[1]
    # with 10 h left it is fine (rotation is not late yet)
    assert run(tmp_path, pem(ca.issue(start=-14 * H))).status is Status.OK
    # a 90-day certificate with 10 days left is under the 30-day threshold
    r = run(tmp_path, pem(ca.issue(start=-80 * 24 * H, lifetime=90 * 24 * H)))
    assert r.status is Status.WARN
    assert run(tmp_path, pem(ca.issue(start=-80 * 24 * H, lifetime=90 * 24 * H)), warn_days=7).status is Status.OK


def test_given_not_yet_valid_then_fail(tmp_path, ca):
    r = run(tmp_path, pem(ca.issue(start=2 * H)))
    assert r.status is Status.FAIL and "not valid before" in r.details[1]


def test_given_wrong_spiffe_id_then_fail(tmp_path, ca):
    r = run(tmp_path, pem(ca.issue("spiffe://cluster.local/ns/default/sa/default"), ca.cert),
            expected=certs.Expected(namespace="otlp-system", service_account="otlp-collector"))
    assert r.status is Status.FAIL
    assert ("wrong identity: its SPIFFE ID is spiffe://cluster.local/ns/default/sa/default, expected "
            "spiffe://<trust-domain>/ns/otlp-system/sa/otlp-collector") in r.details[1]
    r = run(tmp_path, pem(ca.issue(None)), expected=certs.Expected(spiffe_id="spiffe://td/ns/a/sa/b"))
    assert r.status is Status.FAIL and "no SPIFFE ID" in r.details[1]


def test_given_chain_with_a_foreign_ca_of_the_same_name_then_broken_chain(tmp_path, ca):
    other = CA()  # same subject, another key: what a half-done CA rotation leaves behind
    r = run(tmp_path, pem(ca.issue(), other.cert))
    assert r.status is Status.FAIL
    assert "broken chain" in r.details[1] and "signature does not verify" in r.details[1]
    r = run(tmp_path, pem(ca.issue(), CA("Another CA").cert))
    assert r.status is Status.FAIL and "its issuer is CN=Istio CA" in r.details[1]


def test_secret_from_kubectl_yaml_reads_every_certificate_key_and_checks_across_keys(tmp_path, ca):
    other = CA()
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    key = b64(b"-----BEGIN PRIVATE KEY-----\nnot read\n-----END PRIVATE KEY-----\n")
    (tmp_path / "s.yaml").write_text(f"""\
apiVersion: v1
kind: Secret
metadata: {{name: istio-ca-secret, namespace: istio-system}}
type: kubernetes.io/tls
data:
  tls.crt: {b64(pem(ca.issue()))}
  tls.key: {key}
  ca.crt: {b64(pem(other.cert))}
""")
    bundles = certs.from_secret(tmp_path / "s.yaml")
    assert [b.source for b in bundles] == ["Secret istio-system/istio-ca-secret ca.crt",
                                           "Secret istio-system/istio-ca-secret tls.crt"]
    r = certs.check(bundles)
    assert r.status is Status.FAIL and any("broken chain" in d for d in r.details)


def test_bad_input_is_a_clear_error(tmp_path):
    (tmp_path / "x.pem").write_text("hello")
    with pytest.raises(UserError, match="no PEM certificate"):
        certs.from_files([tmp_path / "x.pem"])
    (tmp_path / "s.yaml").write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")
    with pytest.raises(UserError, match="no Secret in it"):
        certs.from_secret(tmp_path / "s.yaml")


def test_cli_certs_json_and_exit_codes(cli, tmp_path, ca):
    (tmp_path / "ok.pem").write_bytes(pem(ca.issue(), ca.cert))
    (tmp_path / "old.pem").write_bytes(pem(ca.issue(start=-30 * H)))
    res = cli("doctor", "certs", tmp_path / "ok.pem", "--namespace", "otlp-system", "-o", "json")
    assert res.code == 0, res
    [c] = json.loads(res.out)["checks"]
    assert c["id"] == "certs" and c["status"] == "ok" and len(c["data"]["certificates"]) == 2
    res = cli("doctor", "certs", tmp_path / "ok.pem", tmp_path / "old.pem")
    assert res.code == 1 and "FAIL certs" in res.out and "next:" in res.out
    res = cli("doctor", "certs")
    assert res.code == 2 and "PEM" in res.err
