"""The analyzer's code table as data: every code with its name, severity, the istioctl message
it mirrors (if any), what it means and what to do; and istioctl's level of each message we mirror.

Read through :mod:`.codes` (``CODES``, ``Code``, ``ISTIO_LEVELS``), which adds the names the
analyzer modules use and the table's renderings for the docs.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..findings import Severity

ISTIO_DOCS = "https://istio.io/latest/docs/reference/config/analysis/{code}/"
# Relative to the project (and to a checkout of it): the page `otlp-istio explain CODE` mirrors.
OUR_DOCS = "docs/analyzers.md#{code}"

@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: Severity
    istio_code: str | None
    description: str  # one line: what the finding means
    fix: str  # one line: what to do about it

    @property
    def documentation_url(self) -> str:
        if self.istio_code:
            return ISTIO_DOCS.format(code=self.istio_code.lower())
        return OUR_DOCS.format(code=self.code.lower())


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

# The level of each istioctl message we mirror (istio pkg/config/analysis/msg/messages.yaml).
ISTIO_LEVELS: dict[str, Severity] = {
    "IST0002": W, "IST0101": E, "IST0102": I, "IST0103": W, "IST0106": E, "IST0107": W, "IST0108": W,
    "IST0112": E, "IST0116": W, "IST0118": I, "IST0123": W, "IST0125": W, "IST0127": W, "IST0128": W,
    "IST0129": W, "IST0130": W, "IST0131": I, "IST0137": W, "IST0150": W, "IST0157": W, "IST0159": E, "IST0160": E,
    "IST0173": E, "IST0174": W, "IST0109": E, "IST0110": E, "IST0111": E, "IST0132": W, "IST0134": W,
    "IST0167": W, "IST0177": W, "IST0140": W, "IST0149": E, "IST0145": E, "IST0161": E, "IST0162": W,
    "IST0135": I, "IST0138": W, "IST0148": I, "IST0165": W, "IST0166": W, "IST0144": W, "IST0146": W, "IST0147": E,
    "IST0171": W, "IST0158": W,
}

TABLE = [
    # ---- OI10xx: status written by Istio
    Code("OI1001", "NegativeConditionStatus", W, "IST0171",
         "a resource read back from a cluster carries a negative status condition Istio wrote (a waypoint not "
         "bound, a policy not accepted by ztunnel or the waypoint, a Gateway or route not accepted/programmed)",
         "fix what the condition's message names, then let Istio write the status again"),
    # ---- OI11xx: VirtualService routes
    Code("OI1101", "RouteHostNotFound", E, "IST0101",
         "a route (or mirror) destination host is defined by no Service and no ServiceEntry",
         "fix the host (short names resolve in the VirtualService's namespace), or add the Service / a ServiceEntry"),
    Code("OI1102", "RouteSubsetNotFound", E, "IST0101",
         "a route destination names a subset that no DestinationRule for its host defines",
         "add the subset to the host's DestinationRule, or route to a subset it defines"),
    Code("OI1103", "RoutePortNotFound", E, "IST0101",
         "a route destination port is not a port of the Service / ServiceEntry",
         "use one of the ports the Service exposes (spec.ports[].port), or expose the port"),
    Code("OI1104", "RoutePortRequired", E, "IST0112",
         "a route destination has no port but its Service exposes several",
         "set destination.port.number to the port the route is for"),
    Code("OI1105", "RouteWeightsNotHundred", W, None,
         "the weights of a route's destinations do not sum to 100 (Istio normalizes them)",
         "make the weights add up to 100 so the split is the one you read"),
    Code("OI1106", "UnreachableRouteRule", W, "IST0130",
         "an http/tcp/tls rule is never used: an earlier rule has no match, or all its matches are earlier ones",
         "move the rule without match to the end, or remove the duplicate rule"),
    Code("OI1107", "IneffectiveMatch", I, "IST0131",
         "a match repeats or is covered by (a longer uri prefix under) an earlier rule's match, so it is never used",
         "remove the duplicate match, or put the narrower match before the wider one"),
    Code("OI1108", "VirtualServiceGatewayNotFound", E, "IST0101",
         "a VirtualService names a gateway that no Gateway (nor Kubernetes Gateway) defines",
         "fix the gateway name (namespace/name for another namespace), or add the Gateway"),
    Code("OI1109", "VirtualServiceHostNotInGateway", W, "IST0132",
         "none of a VirtualService's hosts is among the hosts of a gateway it names",
         "add the host to a server of the Gateway, or fix the VirtualService's hosts"),
    Code("OI1110", "ConflictingMeshGatewayHosts", E, "IST0109",
         "several VirtualServices bound to the mesh gateway define the same host",
         "merge them into one VirtualService for the host, or bind them to different gateways"),
    Code("OI1111", "RuleAfterCatchAllMatch", W, None,
         "an http rule comes after one whose match takes every request (uri prefix / or regex .*), so it is "
         "never used (Istio's own check only knows rules without match)",
         "put the catch-all rule last, or drop its match"),
    Code("OI1112", "IngressRouteWithoutSubset", W, "IST0140",
         "a VirtualService on a gateway routes to a host without a subset that another VirtualService splits "
         "by subsets: its subset routing does not apply to the gateway's requests",
         "route the gateway's traffic to the same subsets, or bind the subset VirtualService to the gateway too"),
    Code("OI1113", "JwtClaimRoutingWithoutRequestAuthentication", E, "IST0149",
         "a VirtualService routes on a JWT claim (@request.auth.claims.*) through a gateway whose pods no "
         "RequestAuthentication selects, so the claim is never there",
         "add a RequestAuthentication selecting the gateway pods (in istio-system or their namespace)"),
    Code("OI1115", "DeprecatedFaultDelayPercent", W, "IST0002",
         "an http rule's fault.delay.percent is set: deprecated, replaced by fault.delay.percentage",
         "write fault.delay.percentage.value instead of fault.delay.percent"),
    Code("OI1114", "ReferencedInternalGateway", W, "IST0165",
         "a VirtualService names a gateway Istio generates internally for a Kubernetes Gateway "
         "(<name>~istio-autogenerated-k8s-gateway~<listener>): such names change without notice",
         "attach routes to the Kubernetes Gateway with an HTTPRoute (parentRefs), or name an Istio Gateway"),
    # ---- OI12xx: DestinationRules
    Code("OI1201", "SubsetSelectsNoWorkload", W, None,
         "a DestinationRule subset's labels (with the Service's selector) select no workload in the Service's "
         "namespace, though they select one elsewhere (istioctl matches pods of every namespace)",
         "fix the subset labels, or label the pod template of the workload the subset is for"),
    Code("OI1202", "DestinationRuleHostNotFound", W, "IST0174",
         "a DestinationRule host is defined by no Service and no ServiceEntry",
         "fix the host (use the FQDN for another namespace), or add the Service / a ServiceEntry"),
    Code("OI1203", "SubsetSelectsNoPod", E, "IST0173",
         "a DestinationRule subset's labels (with the host's workload selector) match no pod or pod template "
         "of any namespace: requests to it fail with 503 no healthy upstream",
         "fix the subset labels, or label the pod template of the workload the subset is for"),
    Code("OI1204", "DestinationRuleNoCaCertificates", W, "IST0128",
         "a DestinationRule's tls mode is SIMPLE or MUTUAL without caCertificates, so the server's certificate "
         "is not verified",
         "set trafficPolicy.tls.caCertificates (or a credentialName together with a workloadSelector)"),
    Code("OI1205", "DestinationRulePortNoCaCertificates", W, "IST0129",
         "a DestinationRule's port-level tls mode is SIMPLE or MUTUAL without caCertificates, so the server's "
         "certificate is not verified",
         "set portLevelSettings[].tls.caCertificates (or a credentialName together with a workloadSelector)"),
    Code("OI1206", "ConflictingDestinationRules", W, None,
         "several DestinationRules of one namespace for one host both set a traffic policy or define the same "
         "subset: Istio merges them and keeps only the oldest one's",
         "merge them into one DestinationRule for the host"),
    # ---- OI13xx: mutual TLS
    Code("OI1301", "StrictMtlsWorkloadNotInMesh", E, None,
         "a workload is under STRICT mTLS but gets no sidecar, so STRICT is not enforced for it "
         "and it cannot call STRICT workloads",
         "enable injection for it (label sidecar.istio.io/inject: \"true\"), or apply PERMISSIVE to it until it is ready"),
    Code("OI1302", "StrictMtlsNamespaceNotInjected", E, None,
         "a namespace is under STRICT mTLS but is not enabled for sidecar injection",
         "label the namespace istio-injection=enabled (or istio.io/rev=<revision>), or use PERMISSIVE there first"),
    Code("OI1303", "DestinationRuleTlsRejectedByStrict", E, None,
         "a DestinationRule sends plaintext or non-Istio TLS (DISABLE/SIMPLE) to workloads whose "
         "PeerAuthentication is STRICT: the server sidecars reject it",
         "use ISTIO_MUTUAL (or drop the tls setting: auto mTLS), or make the PeerAuthentication PERMISSIVE"),
    Code("OI1304", "DestinationRuleMtlsToPlaintext", W, None,
         "a DestinationRule sends Istio mTLS (ISTIO_MUTUAL) to workloads that cannot accept it "
         "(PeerAuthentication DISABLE, or no sidecar)",
         "drop the tls setting (auto mTLS picks the right mode), or enable mTLS/injection for the workloads"),
    # ---- OI14xx: Services and workloads
    Code("OI1401", "PortNameNotProtocol", I, "IST0118",
         "a Service port is neither named <protocol>[-<suffix>] nor has appProtocol, so Istio guesses the protocol",
         "name the port http, http-..., grpc-..., tcp-..., ... or set appProtocol"),
    Code("OI1402", "WorkloadMissingAppVersionLabels", I, None,
         "a workload's pod template has no app and/or version label (Istio's telemetry and subsets use them)",
         "add labels app: <service> and version: <v> (or app.kubernetes.io/name and /version) to spec.template.metadata.labels"),
    Code("OI1403", "ExternalNamePortName", W, "IST0150",
         "an ExternalName Service port is named outside Istio's protocol convention, or named tcp: the proxy may "
         "refuse its traffic",
         "name the port by the protocol it carries (http-..., https-..., tls-...) or set appProtocol"),
    Code("OI1404", "DeploymentServicesConflictingProtocols", W, "IST0116",
         "a Deployment in the mesh is selected by several Services that use one port with different protocols",
         "use one protocol per port across the Services that select the Deployment"),
    Code("OI1405", "DeploymentServicesConflictingTargetPorts", W, "IST0137",
         "a Deployment in the mesh is selected by several Services that send one targetPort different ports",
         "expose each targetPort of the Deployment under one port number across its Services"),
    Code("OI1407", "InvalidApplicationUid", W, "IST0144",
         "a Pod or Deployment runs its application as user ID 1337, which is reserved for the sidecar proxy",
         "run the application containers as another user (securityContext.runAsUser)"),
    Code("OI1406", "WorkloadWithoutService", I, None,
         "a Deployment, StatefulSet or DaemonSet in the mesh is selected by no Service of its namespace, so no "
         "route, DestinationRule or mesh traffic reaches it",
         "add a Service whose selector matches its pod labels, or fix the labels"),
    # ---- OI15xx: selectors of policies and Telemetry
    Code("OI1501", "AuthorizationPolicySelectsNothing", W, "IST0127",
         "an AuthorizationPolicy matches no workload in the mesh: its selector matches none, or its namespace has "
         "none (the root namespace's policies select in every namespace)",
         "fix spec.selector.matchLabels to match the pod labels of the workload to protect, or inject the workload"),
    Code("OI1502", "PeerAuthenticationSelectsNothing", W, None,
         "a PeerAuthentication's selector matches no workload in its namespace",
         "fix spec.selector.matchLabels, or remove the selector to make the policy namespace-wide"),
    Code("OI1503", "ConflictingTelemetrySelectors", E, "IST0159",
         "two Telemetry resources of one namespace select the same workload",
         "make the selectors disjoint, or merge the Telemetry resources"),
    Code("OI1504", "MultipleNamespaceWideTelemetries", E, "IST0160",
         "a namespace has more than one Telemetry without a selector",
         "keep one selector-less Telemetry per namespace; give the others selectors or merge them"),
    Code("OI1505", "AuthorizationPolicyNamespaceNotFound", E, "IST0101",
         "an AuthorizationPolicy rule's source namespaces (or notNamespaces) name a namespace no Namespace matches",
         "fix the namespace name, or add the Namespace"),
    Code("OI1506", "TelemetrySelectsNothing", E, "IST0101",
         "a Telemetry's selector matches no pod or pod template of its namespace",
         "fix spec.selector.matchLabels to match the pod labels of the workloads to observe"),
    Code("OI1507", "TelemetryAccessLogWithoutProvider", W, "IST0157",
         "a Telemetry access-logging rule names no provider and the mesh config has no default access-log "
         "provider, so Istio ignores it",
         "name a provider (providers: [{name: envoy}]) or set defaultProviders.accessLogging in the mesh config"),
    Code("OI1508", "TelemetryDeprecatedProvider", W, "IST0002",
         "a Telemetry traces to a Lightstep extension provider, which Istio deprecated",
         "move to an opentelemetry extension provider"),
    Code("OI1509", "TelemetryUnknownProvider", W, None,
         "a Telemetry names a provider the mesh config does not declare (nor one of Istio's built-in "
         "prometheus, stackdriver, envoy), so Istio ignores that part of it",
         "declare the provider in the mesh config's extensionProviders, or fix the name"),
    Code("OI1510", "IneffectiveSelectorOnKubernetesGateway", W, "IST0166",
         "an AuthorizationPolicy, RequestAuthentication, Telemetry or WasmPlugin selects, by selector, pods of "
         "a Kubernetes Gateway (label gateway.networking.k8s.io/gateway-name), where a selector has no effect",
         "attach the policy to the Gateway with targetRefs (kind: Gateway, group: gateway.networking.k8s.io)"),
    # ---- OI16xx: annotations
    Code("OI1601", "UnknownIstioAnnotation", W, "IST0108",
         "an annotation in an istio.io domain on a Namespace, Service, Pod or Deployment is not one Istio knows "
         "(often a typo)",
         "correct the name (see https://istio.io/latest/docs/reference/config/annotations/) or remove it"),
    Code("OI1602", "MisplacedIstioAnnotation", W, "IST0107",
         "an Istio annotation on a Namespace, Service, Pod or Deployment is on a kind it has no effect on",
         "move it where it belongs (pod annotations go under spec.template.metadata.annotations)"),
    Code("OI1603", "UnknownIstioAnnotationElsewhere", W, None,
         "an annotation in an istio.io domain on a pod template or another kind is not one Istio knows "
         "(istioctl checks Namespaces, Services, Pods and Deployments only)",
         "correct the name (see https://istio.io/latest/docs/reference/config/annotations/) or remove it"),
    Code("OI1604", "MisplacedIstioAnnotationElsewhere", W, None,
         "an Istio annotation on a kind istioctl does not check (a VirtualService, a StatefulSet, ...) has no "
         "effect there",
         "move it where it belongs (pod annotations go under spec.template.metadata.annotations)"),
    Code("OI1605", "InvalidIstioAnnotationValue", W, "IST0125",
         "an Istio pod annotation on a Pod has a value Istio's injector refuses (a port list, CIDR list, "
         "interception mode, number, boolean or quantity of the wrong form)",
         "fix the value to the form the annotation takes (see Istio's annotation reference)"),
    Code("OI1606", "InvalidIstioAnnotationValueInTemplate", W, None,
         "the same invalid Istio annotation value in a workload's pod template (its pods will carry it)",
         "fix the value to the form the annotation takes (see Istio's annotation reference)"),
    Code("OI1607", "DeprecatedIstioAnnotation", I, "IST0135",
         "a Namespace, Service, Pod or Deployment carries an Istio annotation that Istio deprecated (for "
         "sidecar.istio.io/inject: in favour of the label of that name)",
         "use the replacement (the sidecar.istio.io/inject label, a proxy.istio.io/config or mesh config "
         "setting), or remove it"),
    Code("OI1608", "DeprecatedIstioAnnotationElsewhere", I, None,
         "a pod template or another kind carries an Istio annotation that Istio deprecated (istioctl checks "
         "Namespaces, Services, Pods and Deployments only)",
         "use the replacement (the sidecar.istio.io/inject label in the pod template), or remove it"),
    # ---- OI18xx: Sidecars and ServiceEntries
    Code("OI1801", "SidecarSelectsNothing", E, "IST0101",
         "a Sidecar's workloadSelector matches no pod or pod template of its namespace",
         "fix spec.workloadSelector.labels to match the pods the Sidecar is for"),
    Code("OI1802", "ConflictingSidecarSelectors", E, "IST0110",
         "several Sidecars of a namespace select the same pod",
         "make the workload selectors disjoint, or merge the Sidecars"),
    Code("OI1803", "MultipleNamespaceWideSidecars", E, "IST0111",
         "a namespace has more than one Sidecar without a workload selector",
         "keep one selector-less Sidecar per namespace; give the others selectors or merge them"),
    Code("OI1804", "SidecarIneffectiveInAmbient", W, "IST0167",
         "a Sidecar applies to a namespace or pod in ambient mode, where it has no effect",
         "remove it, or take the workloads out of ambient mode"),
    Code("OI1805", "ServiceEntryAddressesRequired", W, "IST0134",
         "a ServiceEntry with a TCP (or unspecified protocol) port has no addresses, so its traffic cannot be "
         "told apart by destination IP",
         "set spec.addresses, or enable DNS capture with automatic address allocation in the mesh config"),
    Code("OI1806", "ConflictingServiceEntryProtocol", W, "IST0177",
         "several ServiceEntries define one host and port, for the same audience, with different protocols",
         "use one protocol for the host and port in every ServiceEntry, or merge them"),
    Code("OI1807", "SidecarEgressProxyIgnored", W, "IST0002",
         "a Sidecar sets outboundTrafficPolicy.egressProxy, which Istio ignores (deprecated)",
         "remove egressProxy; send outbound traffic through an egress gateway with a ServiceEntry and VirtualService"),
    # ---- OI19xx: Gateways
    Code("OI1901", "GatewaySelectsNothing", E, "IST0101",
         "a Gateway's selector matches no pod or pod template: no gateway proxy serves it",
         "fix spec.selector to the labels of the ingress gateway's pods (istio: ingressgateway by default)"),
    Code("OI1902", "GatewayPortNotOnService", W, "IST0162",
         "a Gateway server's port is neither a port nor a targetPort of the Services in front of its gateway pods",
         "listen on a port the gateway's Service exposes (its targetPort), or add the port to that Service"),
    Code("OI1903", "GatewayCredentialNotFound", E, "IST0101",
         "a Gateway server's tls.credentialName names no Secret in the gateway pods' namespace",
         "create the Secret in the namespace of the gateway deployment, or fix the name"),
    Code("OI1904", "GatewayCredentialInvalid", E, "IST0161",
         "a Gateway server's credential Secret is not one istiod serves: no non-empty cert/key (or tls.crt/tls.key) "
         "in its data, or a certificate that is not PEM X.509 or not valid now",
         "put a current PEM certificate and its key under tls.crt and tls.key (or cert and key) in data"),
    Code("OI1905", "ConflictingGateways", E, "IST0145",
         "two Gateways on the same gateway pods (equal selectors, or one inside the other on a shared pod) have "
         "servers on one port with a host written the same way and the same bind",
         "merge the servers into one Gateway, or give them different hosts or ports"),
    Code("OI1906", "GatewayDuplicateCertificate", W, "IST0138",
         "Gateways on the same gateway pods use the same certificate (credentialName, or serverCertificate "
         "and privateKey): an HTTP/2 client re-using its connection for another host of the certificate can "
         "get 404s",
         "serve the hosts of one certificate from one Gateway server, or give each Gateway its own certificate"),
    Code("OI1907", "GatewayCredentialKeyInvalid", E, None,
         "a Gateway server's credential Secret has a certificate Istio accepts, but its private key is not a "
         "PEM private key, or not the key of that certificate: the TLS handshake fails",
         "put the certificate's own PEM private key under key (or tls.key)"),
    Code("OI1908", "GatewayMutualWithoutCaCertificate", E, None,
         "a MUTUAL (or OPTIONAL_MUTUAL) Gateway server's credential has no CA certificate (cacert or ca.crt in "
         "the <credentialName>-cacert Secret, else in the credential Secret) to verify clients with",
         "add ca.crt (or cacert) to the credential Secret, or a <credentialName>-cacert Secret holding the CA"),
    # ---- OI17xx: injection, as istioctl's injection analyzer
    Code("OI1701", "NamespaceNotInjected", I, "IST0102",
         "a namespace has neither an istio-injection nor an istio.io/rev label (and is not ambient), so its pods "
         "get no sidecar",
         "label it istio-injection=enabled (or istio.io/rev=<revision>) if its pods belong in the mesh"),
    Code("OI1702", "PodMissingProxy", W, "IST0103",
         "a Pod in a namespace labelled istio-injection=enabled has no istio-proxy container",
         "restart or redeploy the workload so the injector adds the sidecar, or opt it out with "
         "sidecar.istio.io/inject: \"false\""),
    Code("OI1703", "NamespaceMultipleInjectionLabels", W, "IST0123",
         "a namespace carries more than one kind of injection label (istio-injection, istio.io/rev, "
         "istio.io/dataplane-mode)",
         "keep one: istio-injection=enabled, or istio.io/rev=<revision>, or ambient mode"),
    Code("OI1705", "ImageAutoWithoutInjection", W, "IST0146",
         "a Deployment's istio-proxy container has image auto, but no Istio injection webhook among the documents "
         "selects its namespace and pods, so the placeholder is never replaced",
         "enable injection for its namespace (istio-injection=enabled) or pods, or set the proxy image"),
    Code("OI1706", "PodImageAuto", E, "IST0147",
         "a Pod's istio-proxy container has image auto, the injector's placeholder; a Pod is not injected again",
         "create the pod from a workload in an injected namespace, or set the proxy image"),
    Code("OI1707", "PodsProxyImageMismatch", W, "IST0158",
         "pods of an injected namespace run an istio-proxy image other than the one the injector ConfigMap "
         "injects now (usually after a control plane upgrade)",
         "restart (roll out) the workloads of those pods so they are injected with the current proxy"),
    Code("OI1704", "NamespaceInjectionEnabledByDefault", I, "IST0148",
         "a namespace without injection labels is injected anyway: the injector ConfigMap enables namespaces "
         "by default (sidecarInjectorWebhook.enableNamespacesByDefault)",
         "label it istio-injection=disabled if its pods must stay out of the mesh, or istio-injection=enabled "
         "to say so"),
]
