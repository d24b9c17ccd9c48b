from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class DestinationRule(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.DestinationRule",
):
    '''
    :schema: DestinationRule
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "DestinationRule" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__909ac56137d0ccb333e5bba20fa35df7a9bbd65da347eaa816625d224187a63e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = DestinationRuleProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "DestinationRule".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = DestinationRuleProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "DestinationRule".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class DestinationRuleProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: DestinationRule
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = DestinationRuleSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6797b64e535bf484e1f5e116bb20a535db5d3d3327d1079ccc5ac218fd2c16e)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: DestinationRule#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["DestinationRuleSpec"]:
        '''
        :schema: DestinationRule#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["DestinationRuleSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpec",
    jsii_struct_bases=[],
    name_mapping={
        "host": "host",
        "export_to": "exportTo",
        "subsets": "subsets",
        "traffic_policy": "trafficPolicy",
        "workload_selector": "workloadSelector",
    },
)
class DestinationRuleSpec:
    def __init__(
        self,
        *,
        host: builtins.str,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        subsets: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsets", typing.Dict[builtins.str, typing.Any]]]] = None,
        traffic_policy: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_selector: typing.Optional[typing.Union["DestinationRuleSpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param host: 
        :param export_to: 
        :param subsets: 
        :param traffic_policy: 
        :param workload_selector: 

        :schema: DestinationRuleSpec
        '''
        if isinstance(traffic_policy, dict):
            traffic_policy = DestinationRuleSpecTrafficPolicy(**traffic_policy)
        if isinstance(workload_selector, dict):
            workload_selector = DestinationRuleSpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87bc14ad38f93b7deedb046bcd32d53bcb67452428f2b9e825c85144e7dfa6f9)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument subsets", value=subsets, expected_type=type_hints["subsets"])
            check_type(argname="argument traffic_policy", value=traffic_policy, expected_type=type_hints["traffic_policy"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if export_to is not None:
            self._values["export_to"] = export_to
        if subsets is not None:
            self._values["subsets"] = subsets
        if traffic_policy is not None:
            self._values["traffic_policy"] = traffic_policy
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def host(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpec#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def subsets(self) -> typing.Optional[typing.List["DestinationRuleSpecSubsets"]]:
        '''
        :schema: DestinationRuleSpec#subsets
        '''
        result = self._values.get("subsets")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsets"]], result)

    @builtins.property
    def traffic_policy(self) -> typing.Optional["DestinationRuleSpecTrafficPolicy"]:
        '''
        :schema: DestinationRuleSpec#trafficPolicy
        '''
        result = self._values.get("traffic_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicy"], result)

    @builtins.property
    def workload_selector(
        self,
    ) -> typing.Optional["DestinationRuleSpecWorkloadSelector"]:
        '''
        :schema: DestinationRuleSpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["DestinationRuleSpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsets",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "labels": "labels",
        "traffic_policy": "trafficPolicy",
    },
)
class DestinationRuleSpecSubsets:
    def __init__(
        self,
        *,
        name: builtins.str,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        traffic_policy: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param labels: 
        :param traffic_policy: 

        :schema: DestinationRuleSpecSubsets
        '''
        if isinstance(traffic_policy, dict):
            traffic_policy = DestinationRuleSpecSubsetsTrafficPolicy(**traffic_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e2b8d27f8b03a3405b6f44c394ab3fc0949eb11dbd78bce8ee9ba58dc86f1fc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument traffic_policy", value=traffic_policy, expected_type=type_hints["traffic_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if labels is not None:
            self._values["labels"] = labels
        if traffic_policy is not None:
            self._values["traffic_policy"] = traffic_policy

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsets#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: DestinationRuleSpecSubsets#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def traffic_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicy"]:
        '''
        :schema: DestinationRuleSpecSubsets#trafficPolicy
        '''
        result = self._values.get("traffic_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port_level_settings": "portLevelSettings",
        "proxy_protocol": "proxyProtocol",
        "retry_budget": "retryBudget",
        "tls": "tls",
        "tunnel": "tunnel",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicy:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port_level_settings: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings", typing.Dict[builtins.str, typing.Any]]]] = None,
        proxy_protocol: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol", typing.Dict[builtins.str, typing.Any]]] = None,
        retry_budget: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyRetryBudget", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyTunnel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: 
        :param outlier_detection: 
        :param port_level_settings: 
        :param proxy_protocol: 
        :param retry_budget: 
        :param tls: 
        :param tunnel: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicy
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(**outlier_detection)
        if isinstance(proxy_protocol, dict):
            proxy_protocol = DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(**proxy_protocol)
        if isinstance(retry_budget, dict):
            retry_budget = DestinationRuleSpecSubsetsTrafficPolicyRetryBudget(**retry_budget)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecSubsetsTrafficPolicyTls(**tls)
        if isinstance(tunnel, dict):
            tunnel = DestinationRuleSpecSubsetsTrafficPolicyTunnel(**tunnel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__151a1dee7b395a51095f42a2b08f9b9de6e1791cc63d903aeed28ea74e35440b)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port_level_settings", value=port_level_settings, expected_type=type_hints["port_level_settings"])
            check_type(argname="argument proxy_protocol", value=proxy_protocol, expected_type=type_hints["proxy_protocol"])
            check_type(argname="argument retry_budget", value=retry_budget, expected_type=type_hints["retry_budget"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tunnel", value=tunnel, expected_type=type_hints["tunnel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port_level_settings is not None:
            self._values["port_level_settings"] = port_level_settings
        if proxy_protocol is not None:
            self._values["proxy_protocol"] = proxy_protocol
        if retry_budget is not None:
            self._values["retry_budget"] = retry_budget
        if tls is not None:
            self._values["tls"] = tls
        if tunnel is not None:
            self._values["tunnel"] = tunnel

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection"], result)

    @builtins.property
    def port_level_settings(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings"]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#portLevelSettings
        '''
        result = self._values.get("port_level_settings")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings"]], result)

    @builtins.property
    def proxy_protocol(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#proxyProtocol
        '''
        result = self._values.get("proxy_protocol")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol"], result)

    @builtins.property
    def retry_budget(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyRetryBudget"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#retryBudget
        '''
        result = self._values.get("retry_budget")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyRetryBudget"], result)

    @builtins.property
    def tls(self) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTls"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTls"], result)

    @builtins.property
    def tunnel(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTunnel"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#tunnel
        '''
        result = self._values.get("tunnel")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTunnel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: 
        :param tcp: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2516818cfbbfbd47f104e8e3f12daae9ee0ffc1a7ee9d3d152e5bd7fb52b0f6)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param h2_upgrade_policy: 
        :param http1_max_pending_requests: 
        :param http2_max_requests: 
        :param idle_timeout: 
        :param max_concurrent_streams: 
        :param max_requests_per_connection: 
        :param max_retries: 
        :param use_client_protocol: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0240fda000617fe5fd7123cf73549db621a76e08428a257fc3ecc85098fb0ae0)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''
    :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connect_timeout: 
        :param idle_timeout: 
        :param max_connection_duration: 
        :param max_connections: 
        :param tcp_keepalive: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e122da151b9826edf11fae783a6717e2135083b449260174801fd0c35b6b850)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param interval: 
        :param probes: 
        :param time: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a60252ea7cf48d7fd331ec1cae433791d3a2cefa3f40275b2d899772d5119b3)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: 
        :param warmup: 
        :param warmup_duration_secs: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab9eb71f3e84c55784b373c28f6933610376cb7fa5c0e563870a6d93d3a6d9d7)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: 
        :param http_header_name: 
        :param http_query_parameter_name: 
        :param maglev: 
        :param minimum_ring_size: 
        :param ring_hash: 
        :param use_source_ip: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02dd9a8a9ce590743b885aead6a7bb7a4965d0dbdd814f34a2080cdc21dcf070)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attributes": "attributes",
        "path": "path",
        "ttl": "ttl",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        attributes: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param attributes: 
        :param path: 
        :param ttl: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__73f48d369e6a24861fdbc6a03481a06f401085b7439784bff13cc28a2e86ec1e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attributes is not None:
            self._values["attributes"] = attributes
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attributes(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes"]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea4a9f2d942b54fabd9497695f1087abbeed16f756ab925134332e4698ae7e1c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param table_size: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__006639b71ae5b2dce59fe4927774fea40573a416f51802731318261c4224c963)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param minimum_ring_size: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa7619853ebb1f333101bfb42faed49bed6a16fc55a5fcb42b245411b29a36ab)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: 
        :param enabled: 
        :param failover: 
        :param failover_priority: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__927a6db2fe929dd384a2d55e09cf42b425f49d0ebf4ef8b8b6b665b8ec1e1365)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover"]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94c170f9331f91e4664d64c528170e6608e3377e11fd6bd4a2f8e4371b117fba)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a851f3304cb206a4219343f77d3c1f8feffb44698196f5ea5e25d42f0875099d)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple(enum.Enum):
    '''
    :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param duration: 
        :param aggression: 
        :param minimum_percent: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89843e236678588e260619f989587267d6bb0667f0a22dad79034dd359f8e36d)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: 
        :param consecutive5_xx_errors: 
        :param consecutive_errors: 
        :param consecutive_gateway_errors: 
        :param consecutive_local_origin_failures: 
        :param interval: 
        :param max_ejection_percent: 
        :param min_health_percent: 
        :param split_external_local_origin_errors: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__410a892232b6ff39d42214daa1023ee19b21a31c501001aa6669954a3df7f5f2)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port": "port",
        "tls": "tls",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: 
        :param outlier_detection: 
        :param port: 
        :param tls: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(**outlier_detection)
        if isinstance(port, dict):
            port = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(**port)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd6777b4ca8192aa8d2314921f9e602c0cc9e06d17ec53c72ba68594ef20fc75)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port is not None:
            self._values["port"] = port
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection"], result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort"], result)

    @builtins.property
    def tls(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: 
        :param tcp: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a214cd3a6e0b1f128418230e682c2ec5a6965fe7f5af93559306dddddc02efc)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param h2_upgrade_policy: 
        :param http1_max_pending_requests: 
        :param http2_max_requests: 
        :param idle_timeout: 
        :param max_concurrent_streams: 
        :param max_requests_per_connection: 
        :param max_retries: 
        :param use_client_protocol: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b210604831318e07cc3205abeb4877dff520f7e2dfd852978bec1819fcf456e3)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''
    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connect_timeout: 
        :param idle_timeout: 
        :param max_connection_duration: 
        :param max_connections: 
        :param tcp_keepalive: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1e3d375204cefe9ac41c8f4d53c4113673fe35a43fd78917cf0f672bda3d188)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param interval: 
        :param probes: 
        :param time: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22c5b786d78c4e56d36c2c937216b5cf46c9a1f895369e929e023beda9ce78f8)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: 
        :param warmup: 
        :param warmup_duration_secs: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4d474700061e4fa1f038addbff45e789638d475eb5d3bd5d862685c3c9d45bfb)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: 
        :param http_header_name: 
        :param http_query_parameter_name: 
        :param maglev: 
        :param minimum_ring_size: 
        :param ring_hash: 
        :param use_source_ip: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c85dfe69a7104e3233884089b21d0afc44d4d14279f7f718c1ef6ea19be5c8ee)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attributes": "attributes",
        "path": "path",
        "ttl": "ttl",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        attributes: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param attributes: 
        :param path: 
        :param ttl: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4afb3ed57a9aa99408f5384cfe8698c8bf072b6710ec93f0313596b29e9263f9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attributes is not None:
            self._values["attributes"] = attributes
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attributes(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes"]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__291c61eefd40c102a1f221732775e338e5fb14d47921f2df11895f64e6ac0bae)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param table_size: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38c5cdb1429aee5c8330506884a57ca8ba75185a66a229d9274bc9e51c060811)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param minimum_ring_size: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7031766ccfdef898150c26827cc37307cd069c49f3ab62e4aaa0a0218262ecac)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: 
        :param enabled: 
        :param failover: 
        :param failover_priority: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__803ee3284c28e825af055343c4806250f29011d47e5c745a297f9dc3d4367574)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f0db6ef93630916408511b20007a264516cb452e4a16a35ac5c446f99368c186)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6196d584bf08bc696239aa333764b6cff7d2fa4c10f3d3745243984b3e7cc088)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple(
    enum.Enum,
):
    '''
    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param duration: 
        :param aggression: 
        :param minimum_percent: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb28cfaf040ec791a2e9be04ae3fae882d038d917c6ce0ca261011f533d10349)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: 
        :param consecutive5_xx_errors: 
        :param consecutive_errors: 
        :param consecutive_gateway_errors: 
        :param consecutive_local_origin_failures: 
        :param interval: 
        :param max_ejection_percent: 
        :param min_health_percent: 
        :param split_external_local_origin_errors: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb4cdb682436770818ca646a0b2421f9e980ab292f5960385b3534a6396c94a8)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param number: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__501a81c257a3dc44a65562fd3660dcdcfc3a0225795b46710bdf91c349e8d52b)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param ca_crl: 
        :param client_certificate: 
        :param credential_name: 
        :param insecure_skip_verify: 
        :param mode: 
        :param private_key: 
        :param sni: 
        :param subject_alt_names: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3df9369b7aa7c7c2d7787182553150020e060928018af720d64072b0d230d4f9)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode(enum.Enum):
    '''
    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol",
    jsii_struct_bases=[],
    name_mapping={"version": "version"},
)
class DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol:
    def __init__(
        self,
        *,
        version: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"] = None,
    ) -> None:
        '''
        :param version: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a4ba910aea6762c3801d37c9f0352437e52de6340a32a80ae21a7177a298633)
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def version(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"
)
class DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion(enum.Enum):
    '''
    :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion
    '''

    V1 = "V1"
    '''V1.'''
    V2 = "V2"
    '''V2.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyRetryBudget",
    jsii_struct_bases=[],
    name_mapping={
        "min_retry_concurrency": "minRetryConcurrency",
        "percent": "percent",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyRetryBudget:
    def __init__(
        self,
        *,
        min_retry_concurrency: typing.Optional[jsii.Number] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param min_retry_concurrency: 
        :param percent: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyRetryBudget
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85745e340a77b4eda30defde8a5411e6bf348988a9215da4d1482f6466115d83)
            check_type(argname="argument min_retry_concurrency", value=min_retry_concurrency, expected_type=type_hints["min_retry_concurrency"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if min_retry_concurrency is not None:
            self._values["min_retry_concurrency"] = min_retry_concurrency
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def min_retry_concurrency(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyRetryBudget#minRetryConcurrency
        '''
        result = self._values.get("min_retry_concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyRetryBudget#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyRetryBudget(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param ca_crl: 
        :param client_certificate: 
        :param credential_name: 
        :param insecure_skip_verify: 
        :param mode: 
        :param private_key: 
        :param sni: 
        :param subject_alt_names: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20ac6a98446ae57d500354bdf0fc0e72384e754d7048425f69e5e6ed3cc0140a)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(self) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTlsMode"
)
class DestinationRuleSpecSubsetsTrafficPolicyTlsMode(enum.Enum):
    '''
    :schema: DestinationRuleSpecSubsetsTrafficPolicyTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTunnel",
    jsii_struct_bases=[],
    name_mapping={
        "target_host": "targetHost",
        "target_port": "targetPort",
        "protocol": "protocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyTunnel:
    def __init__(
        self,
        *,
        target_host: builtins.str,
        target_port: jsii.Number,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param target_host: 
        :param target_port: 
        :param protocol: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cde1efdfe2ddbb321760f4b44d5d507c99131b0771c2cd24de90ce7282beae8)
            check_type(argname="argument target_host", value=target_host, expected_type=type_hints["target_host"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_host": target_host,
            "target_port": target_port,
        }
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def target_host(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#targetHost
        '''
        result = self._values.get("target_host")
        assert result is not None, "Required property 'target_host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> jsii.Number:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#targetPort
        '''
        result = self._values.get("target_port")
        assert result is not None, "Required property 'target_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyTunnel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port_level_settings": "portLevelSettings",
        "proxy_protocol": "proxyProtocol",
        "retry_budget": "retryBudget",
        "tls": "tls",
        "tunnel": "tunnel",
    },
)
class DestinationRuleSpecTrafficPolicy:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port_level_settings: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettings", typing.Dict[builtins.str, typing.Any]]]] = None,
        proxy_protocol: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyProxyProtocol", typing.Dict[builtins.str, typing.Any]]] = None,
        retry_budget: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyRetryBudget", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyTunnel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: 
        :param outlier_detection: 
        :param port_level_settings: 
        :param proxy_protocol: 
        :param retry_budget: 
        :param tls: 
        :param tunnel: 

        :schema: DestinationRuleSpecTrafficPolicy
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecTrafficPolicyConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecTrafficPolicyLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecTrafficPolicyOutlierDetection(**outlier_detection)
        if isinstance(proxy_protocol, dict):
            proxy_protocol = DestinationRuleSpecTrafficPolicyProxyProtocol(**proxy_protocol)
        if isinstance(retry_budget, dict):
            retry_budget = DestinationRuleSpecTrafficPolicyRetryBudget(**retry_budget)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecTrafficPolicyTls(**tls)
        if isinstance(tunnel, dict):
            tunnel = DestinationRuleSpecTrafficPolicyTunnel(**tunnel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__197c5cff242931a03bfb62d5511a099027bd727e534a028139235ef027e85224)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port_level_settings", value=port_level_settings, expected_type=type_hints["port_level_settings"])
            check_type(argname="argument proxy_protocol", value=proxy_protocol, expected_type=type_hints["proxy_protocol"])
            check_type(argname="argument retry_budget", value=retry_budget, expected_type=type_hints["retry_budget"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tunnel", value=tunnel, expected_type=type_hints["tunnel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port_level_settings is not None:
            self._values["port_level_settings"] = port_level_settings
        if proxy_protocol is not None:
            self._values["proxy_protocol"] = proxy_protocol
        if retry_budget is not None:
            self._values["retry_budget"] = retry_budget
        if tls is not None:
            self._values["tls"] = tls
        if tunnel is not None:
            self._values["tunnel"] = tunnel

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPool"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancer"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyOutlierDetection"], result)

    @builtins.property
    def port_level_settings(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettings"]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#portLevelSettings
        '''
        result = self._values.get("port_level_settings")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettings"]], result)

    @builtins.property
    def proxy_protocol(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocol"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#proxyProtocol
        '''
        result = self._values.get("proxy_protocol")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocol"], result)

    @builtins.property
    def retry_budget(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyRetryBudget"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#retryBudget
        '''
        result = self._values.get("retry_budget")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyRetryBudget"], result)

    @builtins.property
    def tls(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTls"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTls"], result)

    @builtins.property
    def tunnel(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTunnel"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#tunnel
        '''
        result = self._values.get("tunnel")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTunnel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecTrafficPolicyConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: 
        :param tcp: 

        :schema: DestinationRuleSpecTrafficPolicyConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecTrafficPolicyConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecTrafficPolicyConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49c4b69f9c6534af5795ded448dcb43bf90ee2942474cb015170046c93bcd02f)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttp"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcp"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecTrafficPolicyConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param h2_upgrade_policy: 
        :param http1_max_pending_requests: 
        :param http2_max_requests: 
        :param idle_timeout: 
        :param max_concurrent_streams: 
        :param max_requests_per_connection: 
        :param max_retries: 
        :param use_client_protocol: 

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__beda74ee3a2549498aa5147360cf89a420291f69da27abcb8570df9e4bd860f5)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''
    :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecTrafficPolicyConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connect_timeout: 
        :param idle_timeout: 
        :param max_connection_duration: 
        :param max_connections: 
        :param tcp_keepalive: 

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9bda2954afd7cbfcb6281760e69b585672b1e708febc8ad2910da31d8d706fd3)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param interval: 
        :param probes: 
        :param time: 

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__873c3ef54858f65d4bc1d7a4444cfef47172913d0e45724368ddca21a40eda40)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: 
        :param warmup: 
        :param warmup_duration_secs: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4e3c10f1bc8ce25ab4de6120204e18f590deb685802ebd7fe37c57100e6df5e)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: 
        :param http_header_name: 
        :param http_query_parameter_name: 
        :param maglev: 
        :param minimum_ring_size: 
        :param ring_hash: 
        :param use_source_ip: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d7e5e42b7db570be89b935fac2c4920ef52610e94fae01410008eccb7db6089)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attributes": "attributes",
        "path": "path",
        "ttl": "ttl",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        attributes: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param attributes: 
        :param path: 
        :param ttl: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a99e5415afec774b226bd633e013e9df74a2481a9635029295a3fd1b6a16fe9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attributes is not None:
            self._values["attributes"] = attributes
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attributes(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes"]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__227173796b76cc9e4d2f3b6565756c6ccce0855c0310bc05dee5075ae0fc804f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param table_size: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef191c0d09a07abf3d87360a20276466ffdc1e222efbbffa7bc0c68247770451)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param minimum_ring_size: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__220a1294a7bab7630cc61fae25c9b9ece67af8bd32d0f4eee26a95afab0910b8)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: 
        :param enabled: 
        :param failover: 
        :param failover_priority: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__838a2c702325af876bf4fe71b4b598ec11d876feaa0c045a235300af8ace9a65)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover"]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a440d1cb1daee0d71dc8df4c824d602dffa5259d5bd8db46bbe778dd4577214)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f0433559c94b64049d73b2f5b6a971767267023b0a4070341cb80d6fc2bd9a2)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerSimple"
)
class DestinationRuleSpecTrafficPolicyLoadBalancerSimple(enum.Enum):
    '''
    :schema: DestinationRuleSpecTrafficPolicyLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param duration: 
        :param aggression: 
        :param minimum_percent: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa661a4083fc14174df86795b026aa41a93581fc09c900b54028aabc4da795bc)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecTrafficPolicyOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: 
        :param consecutive5_xx_errors: 
        :param consecutive_errors: 
        :param consecutive_gateway_errors: 
        :param consecutive_local_origin_failures: 
        :param interval: 
        :param max_ejection_percent: 
        :param min_health_percent: 
        :param split_external_local_origin_errors: 

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b30038047f48ad90cb62cdb4574f09b9b2b8bd23eb0f06a329bd39505ff674b)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettings",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port": "port",
        "tls": "tls",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettings:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: 
        :param outlier_detection: 
        :param port: 
        :param tls: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(**outlier_detection)
        if isinstance(port, dict):
            port = DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(**port)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4d44e017708c168d49278cc4079f6f29cfc8c6a27f41ccaed4ca9ec6e5d795e)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port is not None:
            self._values["port"] = port
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection"], result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort"], result)

    @builtins.property
    def tls(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: 
        :param tcp: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c79a156624da502de95432a0c26dd063fa7d6f1ad0c986e6f67b61a827992116)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param h2_upgrade_policy: 
        :param http1_max_pending_requests: 
        :param http2_max_requests: 
        :param idle_timeout: 
        :param max_concurrent_streams: 
        :param max_requests_per_connection: 
        :param max_retries: 
        :param use_client_protocol: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00e7dc846628cd861b709ce7e7f48c818ee4edbcf680fc31120aa4a12ef0d328)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''
    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connect_timeout: 
        :param idle_timeout: 
        :param max_connection_duration: 
        :param max_connections: 
        :param tcp_keepalive: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59c9701dd94d3018d521b32fe197d05fffcbabb33ab493f33c363c92a454a3c0)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param interval: 
        :param probes: 
        :param time: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__611cf8279be4d5248155da97d507928e7f49874e366852043344c59cdc965b38)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: 
        :param warmup: 
        :param warmup_duration_secs: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25a3be218752b5e6ee43a740efaa07b6597fc811381daf6c4c56aca73f2a14ab)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: 
        :param http_header_name: 
        :param http_query_parameter_name: 
        :param maglev: 
        :param minimum_ring_size: 
        :param ring_hash: 
        :param use_source_ip: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a55d93dccc007dd53877016e4e59c72ad5dc0f8fefe5d8b7789f1c6b4e13f7d0)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attributes": "attributes",
        "path": "path",
        "ttl": "ttl",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        attributes: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param attributes: 
        :param path: 
        :param ttl: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6aa742f53699a998cca342c5a352632794af2a788f10ea7ee7ead19dc2286ce8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attributes is not None:
            self._values["attributes"] = attributes
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attributes(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes"]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ebced93f3cfb730c6b7fa8dbede305a8cdf7a3799f50b795e5ffa6c126d55da3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param table_size: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b8b6b17c5884ac267a849c7eb2f21c0f34be804462f679c32b9e9b243c2157e)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param minimum_ring_size: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ed371d63653dfcbedc2f4bca4b81e63d7ca902a714cde3339308bcfa8f6d410)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: 
        :param enabled: 
        :param failover: 
        :param failover_priority: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__644760badc9b5279f8020b5f917470231a9e7270594c77370c1c2d5fa9a0f663)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d7feb8b71d29966926bea4447dca8fea60a57b2c55033eb137e69ed9c0ec451)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bec1281af473a2b53c92e44d504488d518947d4b854a5a2415bbc623dadeb41d)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple(enum.Enum):
    '''
    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param duration: 
        :param aggression: 
        :param minimum_percent: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1fd0af038b0778ada712c6d1e0174f8c08ef153975024e726c76e28dc88bde8e)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: 
        :param consecutive5_xx_errors: 
        :param consecutive_errors: 
        :param consecutive_gateway_errors: 
        :param consecutive_local_origin_failures: 
        :param interval: 
        :param max_ejection_percent: 
        :param min_health_percent: 
        :param split_external_local_origin_errors: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9fc63bef56c2f6eb71a46918a12437b712acf77a8655f90d8cf7630ee20a8c98)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param number: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af42588ab5e5bdec7373ed96470235b3e3c5072f7f52d0577cc76cafb1045b1c)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param ca_crl: 
        :param client_certificate: 
        :param credential_name: 
        :param insecure_skip_verify: 
        :param mode: 
        :param private_key: 
        :param sni: 
        :param subject_alt_names: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ffc915b5e3fcc5413156b3a22797d5b7c387fe0cb5a05ce593c57ecdb4e5a8c8)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode(enum.Enum):
    '''
    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyProxyProtocol",
    jsii_struct_bases=[],
    name_mapping={"version": "version"},
)
class DestinationRuleSpecTrafficPolicyProxyProtocol:
    def __init__(
        self,
        *,
        version: typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"] = None,
    ) -> None:
        '''
        :param version: 

        :schema: DestinationRuleSpecTrafficPolicyProxyProtocol
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a60487876c0b619a8007e85a9e826a91174cdeb1927388ec1734c6c946ae7d8)
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def version(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyProxyProtocol#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyProxyProtocol(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyProxyProtocolVersion"
)
class DestinationRuleSpecTrafficPolicyProxyProtocolVersion(enum.Enum):
    '''
    :schema: DestinationRuleSpecTrafficPolicyProxyProtocolVersion
    '''

    V1 = "V1"
    '''V1.'''
    V2 = "V2"
    '''V2.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyRetryBudget",
    jsii_struct_bases=[],
    name_mapping={
        "min_retry_concurrency": "minRetryConcurrency",
        "percent": "percent",
    },
)
class DestinationRuleSpecTrafficPolicyRetryBudget:
    def __init__(
        self,
        *,
        min_retry_concurrency: typing.Optional[jsii.Number] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param min_retry_concurrency: 
        :param percent: 

        :schema: DestinationRuleSpecTrafficPolicyRetryBudget
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b7a30e4c7a805f608db982d857cc3572dedbacebf21df074c5112ae852a2e2f)
            check_type(argname="argument min_retry_concurrency", value=min_retry_concurrency, expected_type=type_hints["min_retry_concurrency"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if min_retry_concurrency is not None:
            self._values["min_retry_concurrency"] = min_retry_concurrency
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def min_retry_concurrency(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyRetryBudget#minRetryConcurrency
        '''
        result = self._values.get("min_retry_concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyRetryBudget#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyRetryBudget(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecTrafficPolicyTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param ca_crl: 
        :param client_certificate: 
        :param credential_name: 
        :param insecure_skip_verify: 
        :param mode: 
        :param private_key: 
        :param sni: 
        :param subject_alt_names: 

        :schema: DestinationRuleSpecTrafficPolicyTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8de71f7274c52c2677172d71fcbd3515121869a302d8c67dfd2bca6af2c2a2b)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyTlsMode")
class DestinationRuleSpecTrafficPolicyTlsMode(enum.Enum):
    '''
    :schema: DestinationRuleSpecTrafficPolicyTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecTrafficPolicyTunnel",
    jsii_struct_bases=[],
    name_mapping={
        "target_host": "targetHost",
        "target_port": "targetPort",
        "protocol": "protocol",
    },
)
class DestinationRuleSpecTrafficPolicyTunnel:
    def __init__(
        self,
        *,
        target_host: builtins.str,
        target_port: jsii.Number,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param target_host: 
        :param target_port: 
        :param protocol: 

        :schema: DestinationRuleSpecTrafficPolicyTunnel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__954ccb6f0116d97b544bcc6d1a544e32e9a89c294f94b7b7c0da0b141e95940d)
            check_type(argname="argument target_host", value=target_host, expected_type=type_hints["target_host"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_host": target_host,
            "target_port": target_port,
        }
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def target_host(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTunnel#targetHost
        '''
        result = self._values.get("target_host")
        assert result is not None, "Required property 'target_host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> jsii.Number:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTunnel#targetPort
        '''
        result = self._values.get("target_port")
        assert result is not None, "Required property 'target_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyTunnel#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyTunnel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.DestinationRuleSpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class DestinationRuleSpecWorkloadSelector:
    def __init__(
        self,
        *,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_labels: 

        :schema: DestinationRuleSpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd5ef30effa0ee11a7dbfacafea30424d986b0ee9bb1d47857414b297541452c)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: DestinationRuleSpecWorkloadSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EnvoyFilter(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.EnvoyFilter",
):
    '''
    :schema: EnvoyFilter
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["EnvoyFilterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "EnvoyFilter" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef88172bdc12673bfe2e0830be5ad13a3214b0ffa0e14a31e77216124e705904)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = EnvoyFilterProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["EnvoyFilterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "EnvoyFilter".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = EnvoyFilterProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "EnvoyFilter".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class EnvoyFilterProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["EnvoyFilterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: EnvoyFilter
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = EnvoyFilterSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8fa3b2f2deb16669bf68347770a33a60e985ca5981dc175ee71b55a1967a77b)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: EnvoyFilter#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["EnvoyFilterSpec"]:
        '''
        :schema: EnvoyFilter#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["EnvoyFilterSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_patches": "configPatches",
        "priority": "priority",
        "target_refs": "targetRefs",
        "workload_selector": "workloadSelector",
    },
)
class EnvoyFilterSpec:
    def __init__(
        self,
        *,
        config_patches: typing.Optional[typing.Sequence[typing.Union["EnvoyFilterSpecConfigPatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        priority: typing.Optional[jsii.Number] = None,
        target_refs: typing.Optional[typing.Sequence[typing.Union["EnvoyFilterSpecTargetRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        workload_selector: typing.Optional[typing.Union["EnvoyFilterSpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_patches: 
        :param priority: 
        :param target_refs: 
        :param workload_selector: 

        :schema: EnvoyFilterSpec
        '''
        if isinstance(workload_selector, dict):
            workload_selector = EnvoyFilterSpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2f2f8d5533707bf438abe22b8f2001d33a64b473e182361a5ffbaa224acfeec)
            check_type(argname="argument config_patches", value=config_patches, expected_type=type_hints["config_patches"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_patches is not None:
            self._values["config_patches"] = config_patches
        if priority is not None:
            self._values["priority"] = priority
        if target_refs is not None:
            self._values["target_refs"] = target_refs
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def config_patches(
        self,
    ) -> typing.Optional[typing.List["EnvoyFilterSpecConfigPatches"]]:
        '''
        :schema: EnvoyFilterSpec#configPatches
        '''
        result = self._values.get("config_patches")
        return typing.cast(typing.Optional[typing.List["EnvoyFilterSpecConfigPatches"]], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: EnvoyFilterSpec#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def target_refs(self) -> typing.Optional[typing.List["EnvoyFilterSpecTargetRefs"]]:
        '''
        :schema: EnvoyFilterSpec#targetRefs
        '''
        result = self._values.get("target_refs")
        return typing.cast(typing.Optional[typing.List["EnvoyFilterSpecTargetRefs"]], result)

    @builtins.property
    def workload_selector(self) -> typing.Optional["EnvoyFilterSpecWorkloadSelector"]:
        '''
        :schema: EnvoyFilterSpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["EnvoyFilterSpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatches",
    jsii_struct_bases=[],
    name_mapping={"apply_to": "applyTo", "match": "match", "patch": "patch"},
)
class EnvoyFilterSpecConfigPatches:
    def __init__(
        self,
        *,
        apply_to: typing.Optional["EnvoyFilterSpecConfigPatchesApplyTo"] = None,
        match: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        patch: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesPatch", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param apply_to: 
        :param match: 
        :param patch: 

        :schema: EnvoyFilterSpecConfigPatches
        '''
        if isinstance(match, dict):
            match = EnvoyFilterSpecConfigPatchesMatch(**match)
        if isinstance(patch, dict):
            patch = EnvoyFilterSpecConfigPatchesPatch(**patch)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf6aa344785e3a9fb7e550e0907a69c11121c08a9c4dc97d13599e1acee8b328)
            check_type(argname="argument apply_to", value=apply_to, expected_type=type_hints["apply_to"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument patch", value=patch, expected_type=type_hints["patch"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if apply_to is not None:
            self._values["apply_to"] = apply_to
        if match is not None:
            self._values["match"] = match
        if patch is not None:
            self._values["patch"] = patch

    @builtins.property
    def apply_to(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesApplyTo"]:
        '''
        :schema: EnvoyFilterSpecConfigPatches#applyTo
        '''
        result = self._values.get("apply_to")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesApplyTo"], result)

    @builtins.property
    def match(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatch"]:
        '''
        :schema: EnvoyFilterSpecConfigPatches#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatch"], result)

    @builtins.property
    def patch(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesPatch"]:
        '''
        :schema: EnvoyFilterSpecConfigPatches#patch
        '''
        result = self._values.get("patch")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesPatch"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesApplyTo")
class EnvoyFilterSpecConfigPatchesApplyTo(enum.Enum):
    '''
    :schema: EnvoyFilterSpecConfigPatchesApplyTo
    '''

    INVALID = "INVALID"
    '''INVALID.'''
    LISTENER = "LISTENER"
    '''LISTENER.'''
    FILTER_UNDERSCORE_CHAIN = "FILTER_UNDERSCORE_CHAIN"
    '''FILTER_CHAIN.'''
    NETWORK_UNDERSCORE_FILTER = "NETWORK_UNDERSCORE_FILTER"
    '''NETWORK_FILTER.'''
    HTTP_UNDERSCORE_FILTER = "HTTP_UNDERSCORE_FILTER"
    '''HTTP_FILTER.'''
    ROUTE_UNDERSCORE_CONFIGURATION = "ROUTE_UNDERSCORE_CONFIGURATION"
    '''ROUTE_CONFIGURATION.'''
    VIRTUAL_UNDERSCORE_HOST = "VIRTUAL_UNDERSCORE_HOST"
    '''VIRTUAL_HOST.'''
    HTTP_UNDERSCORE_ROUTE = "HTTP_UNDERSCORE_ROUTE"
    '''HTTP_ROUTE.'''
    CLUSTER = "CLUSTER"
    '''CLUSTER.'''
    EXTENSION_UNDERSCORE_CONFIG = "EXTENSION_UNDERSCORE_CONFIG"
    '''EXTENSION_CONFIG.'''
    BOOTSTRAP = "BOOTSTRAP"
    '''BOOTSTRAP.'''
    LISTENER_UNDERSCORE_FILTER = "LISTENER_UNDERSCORE_FILTER"
    '''LISTENER_FILTER.'''


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatch",
    jsii_struct_bases=[],
    name_mapping={
        "cluster": "cluster",
        "context": "context",
        "listener": "listener",
        "proxy": "proxy",
        "route_configuration": "routeConfiguration",
        "waypoint": "waypoint",
    },
)
class EnvoyFilterSpecConfigPatchesMatch:
    def __init__(
        self,
        *,
        cluster: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchCluster", typing.Dict[builtins.str, typing.Any]]] = None,
        context: typing.Optional["EnvoyFilterSpecConfigPatchesMatchContext"] = None,
        listener: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchListener", typing.Dict[builtins.str, typing.Any]]] = None,
        proxy: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchProxy", typing.Dict[builtins.str, typing.Any]]] = None,
        route_configuration: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchRouteConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        waypoint: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchWaypoint", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cluster: 
        :param context: 
        :param listener: 
        :param proxy: 
        :param route_configuration: 
        :param waypoint: 

        :schema: EnvoyFilterSpecConfigPatchesMatch
        '''
        if isinstance(cluster, dict):
            cluster = EnvoyFilterSpecConfigPatchesMatchCluster(**cluster)
        if isinstance(listener, dict):
            listener = EnvoyFilterSpecConfigPatchesMatchListener(**listener)
        if isinstance(proxy, dict):
            proxy = EnvoyFilterSpecConfigPatchesMatchProxy(**proxy)
        if isinstance(route_configuration, dict):
            route_configuration = EnvoyFilterSpecConfigPatchesMatchRouteConfiguration(**route_configuration)
        if isinstance(waypoint, dict):
            waypoint = EnvoyFilterSpecConfigPatchesMatchWaypoint(**waypoint)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1473698314bfc4d9246a6d8a6c014dc8435efb21a37b06cfa68090390b8fa257)
            check_type(argname="argument cluster", value=cluster, expected_type=type_hints["cluster"])
            check_type(argname="argument context", value=context, expected_type=type_hints["context"])
            check_type(argname="argument listener", value=listener, expected_type=type_hints["listener"])
            check_type(argname="argument proxy", value=proxy, expected_type=type_hints["proxy"])
            check_type(argname="argument route_configuration", value=route_configuration, expected_type=type_hints["route_configuration"])
            check_type(argname="argument waypoint", value=waypoint, expected_type=type_hints["waypoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster is not None:
            self._values["cluster"] = cluster
        if context is not None:
            self._values["context"] = context
        if listener is not None:
            self._values["listener"] = listener
        if proxy is not None:
            self._values["proxy"] = proxy
        if route_configuration is not None:
            self._values["route_configuration"] = route_configuration
        if waypoint is not None:
            self._values["waypoint"] = waypoint

    @builtins.property
    def cluster(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchCluster"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatch#cluster
        '''
        result = self._values.get("cluster")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchCluster"], result)

    @builtins.property
    def context(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchContext"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatch#context
        '''
        result = self._values.get("context")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchContext"], result)

    @builtins.property
    def listener(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchListener"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatch#listener
        '''
        result = self._values.get("listener")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchListener"], result)

    @builtins.property
    def proxy(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchProxy"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatch#proxy
        '''
        result = self._values.get("proxy")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchProxy"], result)

    @builtins.property
    def route_configuration(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfiguration"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatch#routeConfiguration
        '''
        result = self._values.get("route_configuration")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfiguration"], result)

    @builtins.property
    def waypoint(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypoint"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatch#waypoint
        '''
        result = self._values.get("waypoint")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypoint"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchCluster",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "port_number": "portNumber",
        "service": "service",
        "subset": "subset",
    },
)
class EnvoyFilterSpecConfigPatchesMatchCluster:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        port_number: typing.Optional[jsii.Number] = None,
        service: typing.Optional[builtins.str] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param port_number: 
        :param service: 
        :param subset: 

        :schema: EnvoyFilterSpecConfigPatchesMatchCluster
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59d392ba7383934fa886c5b6ee58f987418af0fac4fbfb07288bd5a05733fbfc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if port_number is not None:
            self._values["port_number"] = port_number
        if service is not None:
            self._values["service"] = service
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchCluster#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchCluster#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchCluster#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchCluster#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchContext")
class EnvoyFilterSpecConfigPatchesMatchContext(enum.Enum):
    '''
    :schema: EnvoyFilterSpecConfigPatchesMatchContext
    '''

    ANY = "ANY"
    '''ANY.'''
    SIDECAR_UNDERSCORE_INBOUND = "SIDECAR_UNDERSCORE_INBOUND"
    '''SIDECAR_INBOUND.'''
    SIDECAR_UNDERSCORE_OUTBOUND = "SIDECAR_UNDERSCORE_OUTBOUND"
    '''SIDECAR_OUTBOUND.'''
    GATEWAY = "GATEWAY"
    '''GATEWAY.'''
    WAYPOINT = "WAYPOINT"
    '''WAYPOINT.'''


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchListener",
    jsii_struct_bases=[],
    name_mapping={
        "filter_chain": "filterChain",
        "listener_filter": "listenerFilter",
        "name": "name",
        "port_name": "portName",
        "port_number": "portNumber",
    },
)
class EnvoyFilterSpecConfigPatchesMatchListener:
    def __init__(
        self,
        *,
        filter_chain: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchListenerFilterChain", typing.Dict[builtins.str, typing.Any]]] = None,
        listener_filter: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_number: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param filter_chain: 
        :param listener_filter: 
        :param name: 
        :param port_name: 
        :param port_number: 

        :schema: EnvoyFilterSpecConfigPatchesMatchListener
        '''
        if isinstance(filter_chain, dict):
            filter_chain = EnvoyFilterSpecConfigPatchesMatchListenerFilterChain(**filter_chain)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b299ecfa150e9a2301f233a68f6c176a43e834249c47685e13d10be342a13a20)
            check_type(argname="argument filter_chain", value=filter_chain, expected_type=type_hints["filter_chain"])
            check_type(argname="argument listener_filter", value=listener_filter, expected_type=type_hints["listener_filter"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if filter_chain is not None:
            self._values["filter_chain"] = filter_chain
        if listener_filter is not None:
            self._values["listener_filter"] = listener_filter
        if name is not None:
            self._values["name"] = name
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_number is not None:
            self._values["port_number"] = port_number

    @builtins.property
    def filter_chain(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChain"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListener#filterChain
        '''
        result = self._values.get("filter_chain")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChain"], result)

    @builtins.property
    def listener_filter(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListener#listenerFilter
        '''
        result = self._values.get("listener_filter")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListener#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListener#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListener#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchListener(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchListenerFilterChain",
    jsii_struct_bases=[],
    name_mapping={
        "application_protocols": "applicationProtocols",
        "destination_port": "destinationPort",
        "filter": "filter",
        "name": "name",
        "sni": "sni",
        "transport_protocol": "transportProtocol",
    },
)
class EnvoyFilterSpecConfigPatchesMatchListenerFilterChain:
    def __init__(
        self,
        *,
        application_protocols: typing.Optional[builtins.str] = None,
        destination_port: typing.Optional[jsii.Number] = None,
        filter: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        transport_protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param application_protocols: 
        :param destination_port: 
        :param filter: 
        :param name: 
        :param sni: 
        :param transport_protocol: 

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain
        '''
        if isinstance(filter, dict):
            filter = EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter(**filter)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e8d6962b78de377aeb95c6d79a2ee5a15d7845275ee1c8cdfde14e295a918bb)
            check_type(argname="argument application_protocols", value=application_protocols, expected_type=type_hints["application_protocols"])
            check_type(argname="argument destination_port", value=destination_port, expected_type=type_hints["destination_port"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument transport_protocol", value=transport_protocol, expected_type=type_hints["transport_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if application_protocols is not None:
            self._values["application_protocols"] = application_protocols
        if destination_port is not None:
            self._values["destination_port"] = destination_port
        if filter is not None:
            self._values["filter"] = filter
        if name is not None:
            self._values["name"] = name
        if sni is not None:
            self._values["sni"] = sni
        if transport_protocol is not None:
            self._values["transport_protocol"] = transport_protocol

    @builtins.property
    def application_protocols(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#applicationProtocols
        '''
        result = self._values.get("application_protocols")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#destinationPort
        '''
        result = self._values.get("destination_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def filter(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#filter
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def transport_protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#transportProtocol
        '''
        result = self._values.get("transport_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchListenerFilterChain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "sub_filter": "subFilter"},
)
class EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        sub_filter: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param sub_filter: 

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter
        '''
        if isinstance(sub_filter, dict):
            sub_filter = EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter(**sub_filter)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1b4689a17605e30218c7e21d3952e6af0165b597fb4e52ac44ac4e515378ee7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument sub_filter", value=sub_filter, expected_type=type_hints["sub_filter"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if sub_filter is not None:
            self._values["sub_filter"] = sub_filter

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_filter(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter#subFilter
        '''
        result = self._values.get("sub_filter")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b693d4ec2a6680aa3d005a335c56728426507c01409c81f3a245144d18f2e78c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchProxy",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "proxy_version": "proxyVersion"},
)
class EnvoyFilterSpecConfigPatchesMatchProxy:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        proxy_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param metadata: 
        :param proxy_version: 

        :schema: EnvoyFilterSpecConfigPatchesMatchProxy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf825811d97c9384026a85114ceb6969f22d8e79cc29b0ed071d41d11454ebe4)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument proxy_version", value=proxy_version, expected_type=type_hints["proxy_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if proxy_version is not None:
            self._values["proxy_version"] = proxy_version

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchProxy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def proxy_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchProxy#proxyVersion
        '''
        result = self._values.get("proxy_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchProxy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchRouteConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "gateway": "gateway",
        "name": "name",
        "port_name": "portName",
        "port_number": "portNumber",
        "vhost": "vhost",
    },
)
class EnvoyFilterSpecConfigPatchesMatchRouteConfiguration:
    def __init__(
        self,
        *,
        gateway: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_number: typing.Optional[jsii.Number] = None,
        vhost: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param gateway: 
        :param name: 
        :param port_name: 
        :param port_number: 
        :param vhost: 

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration
        '''
        if isinstance(vhost, dict):
            vhost = EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost(**vhost)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ba53a3709c29d540feb3758d4e38a1e42ec78c84f7eeb01c837a6ecdaa6a862)
            check_type(argname="argument gateway", value=gateway, expected_type=type_hints["gateway"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
            check_type(argname="argument vhost", value=vhost, expected_type=type_hints["vhost"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gateway is not None:
            self._values["gateway"] = gateway
        if name is not None:
            self._values["name"] = name
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_number is not None:
            self._values["port_number"] = port_number
        if vhost is not None:
            self._values["vhost"] = vhost

    @builtins.property
    def gateway(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#gateway
        '''
        result = self._values.get("gateway")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vhost(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#vhost
        '''
        result = self._values.get("vhost")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchRouteConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost",
    jsii_struct_bases=[],
    name_mapping={"domain_name": "domainName", "name": "name", "route": "route"},
)
class EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost:
    def __init__(
        self,
        *,
        domain_name: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        route: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param domain_name: 
        :param name: 
        :param route: 

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost
        '''
        if isinstance(route, dict):
            route = EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute(**route)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__833e681946a44e5dd59e1bebc22a7e4d206b7d15225ec98dcbb851f2fa69e6b3)
            check_type(argname="argument domain_name", value=domain_name, expected_type=type_hints["domain_name"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain_name is not None:
            self._values["domain_name"] = domain_name
        if name is not None:
            self._values["name"] = name
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def domain_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost#domainName
        '''
        result = self._values.get("domain_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute",
    jsii_struct_bases=[],
    name_mapping={"action": "action", "name": "name"},
)
class EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute:
    def __init__(
        self,
        *,
        action: typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param action: 
        :param name: 

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab49bfd43f1e5abde3ee7d9d067d99f491b715adb4f4ccfb7f569516a25dd72b)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def action(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction"
)
class EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction(enum.Enum):
    '''
    :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction
    '''

    ANY = "ANY"
    '''ANY.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    REDIRECT = "REDIRECT"
    '''REDIRECT.'''
    DIRECT_UNDERSCORE_RESPONSE = "DIRECT_UNDERSCORE_RESPONSE"
    '''DIRECT_RESPONSE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchWaypoint",
    jsii_struct_bases=[],
    name_mapping={"filter": "filter", "port_number": "portNumber", "route": "route"},
)
class EnvoyFilterSpecConfigPatchesMatchWaypoint:
    def __init__(
        self,
        *,
        filter: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchWaypointFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        port_number: typing.Optional[jsii.Number] = None,
        route: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchWaypointRoute", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param filter: 
        :param port_number: 
        :param route: 

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypoint
        '''
        if isinstance(filter, dict):
            filter = EnvoyFilterSpecConfigPatchesMatchWaypointFilter(**filter)
        if isinstance(route, dict):
            route = EnvoyFilterSpecConfigPatchesMatchWaypointRoute(**route)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08a81868b2328c3d2a8d91d3b27f1bc9c5dd45da911c5dd1a6afe24d57ccd5ea)
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if filter is not None:
            self._values["filter"] = filter
        if port_number is not None:
            self._values["port_number"] = port_number
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def filter(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointFilter"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchWaypoint#filter
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointFilter"], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchWaypoint#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointRoute"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchWaypoint#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointRoute"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchWaypoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchWaypointFilter",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "sub_filter": "subFilter"},
)
class EnvoyFilterSpecConfigPatchesMatchWaypointFilter:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        sub_filter: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param sub_filter: 

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilter
        '''
        if isinstance(sub_filter, dict):
            sub_filter = EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter(**sub_filter)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__655048b52151bf392038dd1e9d6079d00eed1a1418709936a5911dc21f2fccde)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument sub_filter", value=sub_filter, expected_type=type_hints["sub_filter"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if sub_filter is not None:
            self._values["sub_filter"] = sub_filter

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilter#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_filter(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilter#subFilter
        '''
        result = self._values.get("sub_filter")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchWaypointFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c4bb86e53aa9b8d6c4a5dd218f4048836a2bc6cd27e2f4d50d4e43bb89ec5c3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesMatchWaypointRoute",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class EnvoyFilterSpecConfigPatchesMatchWaypointRoute:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointRoute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77814e50af9733172246df73b302bde8ff10ffdb0d87a9554c9101dd39a359db)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointRoute#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchWaypointRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesPatch",
    jsii_struct_bases=[],
    name_mapping={
        "filter_class": "filterClass",
        "operation": "operation",
        "value": "value",
    },
)
class EnvoyFilterSpecConfigPatchesPatch:
    def __init__(
        self,
        *,
        filter_class: typing.Optional["EnvoyFilterSpecConfigPatchesPatchFilterClass"] = None,
        operation: typing.Optional["EnvoyFilterSpecConfigPatchesPatchOperation"] = None,
        value: typing.Any = None,
    ) -> None:
        '''
        :param filter_class: 
        :param operation: 
        :param value: 

        :schema: EnvoyFilterSpecConfigPatchesPatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3245358015daf1706eb30ad23c14738cb6a1935054df938e08b32fd8a5192c3d)
            check_type(argname="argument filter_class", value=filter_class, expected_type=type_hints["filter_class"])
            check_type(argname="argument operation", value=operation, expected_type=type_hints["operation"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if filter_class is not None:
            self._values["filter_class"] = filter_class
        if operation is not None:
            self._values["operation"] = operation
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def filter_class(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesPatchFilterClass"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesPatch#filterClass
        '''
        result = self._values.get("filter_class")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesPatchFilterClass"], result)

    @builtins.property
    def operation(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesPatchOperation"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesPatch#operation
        '''
        result = self._values.get("operation")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesPatchOperation"], result)

    @builtins.property
    def value(self) -> typing.Any:
        '''
        :schema: EnvoyFilterSpecConfigPatchesPatch#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesPatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesPatchFilterClass")
class EnvoyFilterSpecConfigPatchesPatchFilterClass(enum.Enum):
    '''
    :schema: EnvoyFilterSpecConfigPatchesPatchFilterClass
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    AUTHN = "AUTHN"
    '''AUTHN.'''
    AUTHZ = "AUTHZ"
    '''AUTHZ.'''
    STATS = "STATS"
    '''STATS.'''


@jsii.enum(jsii_type="ioistionetworking.EnvoyFilterSpecConfigPatchesPatchOperation")
class EnvoyFilterSpecConfigPatchesPatchOperation(enum.Enum):
    '''
    :schema: EnvoyFilterSpecConfigPatchesPatchOperation
    '''

    INVALID = "INVALID"
    '''INVALID.'''
    MERGE = "MERGE"
    '''MERGE.'''
    ADD = "ADD"
    '''ADD.'''
    REMOVE = "REMOVE"
    '''REMOVE.'''
    INSERT_UNDERSCORE_BEFORE = "INSERT_UNDERSCORE_BEFORE"
    '''INSERT_BEFORE.'''
    INSERT_UNDERSCORE_AFTER = "INSERT_UNDERSCORE_AFTER"
    '''INSERT_AFTER.'''
    INSERT_UNDERSCORE_FIRST = "INSERT_UNDERSCORE_FIRST"
    '''INSERT_FIRST.'''
    REPLACE = "REPLACE"
    '''REPLACE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "group": "group",
        "namespace": "namespace",
    },
)
class EnvoyFilterSpecTargetRefs:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param name: 
        :param group: 
        :param namespace: 

        :schema: EnvoyFilterSpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52b05e07b8f3e69e562039c990376d3712f1d9573decf474e3170cdfc7a7a8ef)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: EnvoyFilterSpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: EnvoyFilterSpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecTargetRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecTargetRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.EnvoyFilterSpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class EnvoyFilterSpecWorkloadSelector:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param labels: 

        :schema: EnvoyFilterSpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8edb99fa86aeea16c97fd670999daefb6362c8d5e135ae59dddafda97a606a41)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: EnvoyFilterSpecWorkloadSelector#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Gateway(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.Gateway",
):
    '''
    :schema: Gateway
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Gateway" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7ff7d0362891ae958bdef6d01b4d3f40035dbcb810b939b4ba7805189e52c63)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GatewayProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Gateway".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = GatewayProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Gateway".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.GatewayProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class GatewayProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Gateway
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = GatewaySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86b192209225d0de4e2f2a95cf087c81ff498155caa98c3f03d8b18ff91b6a24)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Gateway#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["GatewaySpec"]:
        '''
        :schema: Gateway#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["GatewaySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.GatewaySpec",
    jsii_struct_bases=[],
    name_mapping={"selector": "selector", "servers": "servers"},
)
class GatewaySpec:
    def __init__(
        self,
        *,
        selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        servers: typing.Optional[typing.Sequence[typing.Union["GatewaySpecServers", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param selector: 
        :param servers: 

        :schema: GatewaySpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__281f3e7196a0e30e49ff0b9f172ab7370157f0030710f517a138b06c0066e45c)
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument servers", value=servers, expected_type=type_hints["servers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if selector is not None:
            self._values["selector"] = selector
        if servers is not None:
            self._values["servers"] = servers

    @builtins.property
    def selector(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewaySpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def servers(self) -> typing.Optional[typing.List["GatewaySpecServers"]]:
        '''
        :schema: GatewaySpec#servers
        '''
        result = self._values.get("servers")
        return typing.cast(typing.Optional[typing.List["GatewaySpecServers"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.GatewaySpecServers",
    jsii_struct_bases=[],
    name_mapping={
        "hosts": "hosts",
        "port": "port",
        "bind": "bind",
        "default_endpoint": "defaultEndpoint",
        "name": "name",
        "tls": "tls",
    },
)
class GatewaySpecServers:
    def __init__(
        self,
        *,
        hosts: typing.Sequence[builtins.str],
        port: typing.Union["GatewaySpecServersPort", typing.Dict[builtins.str, typing.Any]],
        bind: typing.Optional[builtins.str] = None,
        default_endpoint: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["GatewaySpecServersTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hosts: 
        :param port: 
        :param bind: 
        :param default_endpoint: 
        :param name: 
        :param tls: 

        :schema: GatewaySpecServers
        '''
        if isinstance(port, dict):
            port = GatewaySpecServersPort(**port)
        if isinstance(tls, dict):
            tls = GatewaySpecServersTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d18e07637168465bd3154ec56da06b068427cc1faaabd7adc0167857788fc83)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument default_endpoint", value=default_endpoint, expected_type=type_hints["default_endpoint"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hosts": hosts,
            "port": port,
        }
        if bind is not None:
            self._values["bind"] = bind
        if default_endpoint is not None:
            self._values["default_endpoint"] = default_endpoint
        if name is not None:
            self._values["name"] = name
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def hosts(self) -> typing.List[builtins.str]:
        '''
        :schema: GatewaySpecServers#hosts
        '''
        result = self._values.get("hosts")
        assert result is not None, "Required property 'hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def port(self) -> "GatewaySpecServersPort":
        '''
        :schema: GatewaySpecServers#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("GatewaySpecServersPort", result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServers#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_endpoint(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServers#defaultEndpoint
        '''
        result = self._values.get("default_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServers#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["GatewaySpecServersTls"]:
        '''
        :schema: GatewaySpecServers#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["GatewaySpecServersTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.GatewaySpecServersPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class GatewaySpecServersPort:
    def __init__(
        self,
        *,
        name: builtins.str,
        number: jsii.Number,
        protocol: builtins.str,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param number: 
        :param protocol: 
        :param target_port: 

        :schema: GatewaySpecServersPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b85a28d8e51e90ee1966bfeab0e963b1033abb84667b16a3c3d3d932a898f5a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "number": number,
            "protocol": protocol,
        }
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GatewaySpecServersPort#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def number(self) -> jsii.Number:
        '''
        :schema: GatewaySpecServersPort#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> builtins.str:
        '''
        :schema: GatewaySpecServersPort#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: GatewaySpecServersPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServersPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.GatewaySpecServersTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_cert_credential_name": "caCertCredentialName",
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "cipher_suites": "cipherSuites",
        "credential_name": "credentialName",
        "credential_names": "credentialNames",
        "https_redirect": "httpsRedirect",
        "max_protocol_version": "maxProtocolVersion",
        "min_protocol_version": "minProtocolVersion",
        "mode": "mode",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
        "subject_alt_names": "subjectAltNames",
        "tls_certificates": "tlsCertificates",
        "verify_certificate_hash": "verifyCertificateHash",
        "verify_certificate_spki": "verifyCertificateSpki",
    },
)
class GatewaySpecServersTls:
    def __init__(
        self,
        *,
        ca_cert_credential_name: typing.Optional[builtins.str] = None,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
        credential_name: typing.Optional[builtins.str] = None,
        credential_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        https_redirect: typing.Optional[builtins.bool] = None,
        max_protocol_version: typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"] = None,
        min_protocol_version: typing.Optional["GatewaySpecServersTlsMinProtocolVersion"] = None,
        mode: typing.Optional["GatewaySpecServersTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_certificates: typing.Optional[typing.Sequence[typing.Union["GatewaySpecServersTlsTlsCertificates", typing.Dict[builtins.str, typing.Any]]]] = None,
        verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ca_cert_credential_name: 
        :param ca_certificates: 
        :param ca_crl: 
        :param cipher_suites: 
        :param credential_name: 
        :param credential_names: 
        :param https_redirect: 
        :param max_protocol_version: 
        :param min_protocol_version: 
        :param mode: 
        :param private_key: 
        :param server_certificate: 
        :param subject_alt_names: 
        :param tls_certificates: 
        :param verify_certificate_hash: 
        :param verify_certificate_spki: 

        :schema: GatewaySpecServersTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a298a90c1d4a41dd0124f2327ae7792b63bf216dda9ab9259048c844d30f3126)
            check_type(argname="argument ca_cert_credential_name", value=ca_cert_credential_name, expected_type=type_hints["ca_cert_credential_name"])
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument cipher_suites", value=cipher_suites, expected_type=type_hints["cipher_suites"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument credential_names", value=credential_names, expected_type=type_hints["credential_names"])
            check_type(argname="argument https_redirect", value=https_redirect, expected_type=type_hints["https_redirect"])
            check_type(argname="argument max_protocol_version", value=max_protocol_version, expected_type=type_hints["max_protocol_version"])
            check_type(argname="argument min_protocol_version", value=min_protocol_version, expected_type=type_hints["min_protocol_version"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument tls_certificates", value=tls_certificates, expected_type=type_hints["tls_certificates"])
            check_type(argname="argument verify_certificate_hash", value=verify_certificate_hash, expected_type=type_hints["verify_certificate_hash"])
            check_type(argname="argument verify_certificate_spki", value=verify_certificate_spki, expected_type=type_hints["verify_certificate_spki"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_cert_credential_name is not None:
            self._values["ca_cert_credential_name"] = ca_cert_credential_name
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if cipher_suites is not None:
            self._values["cipher_suites"] = cipher_suites
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if credential_names is not None:
            self._values["credential_names"] = credential_names
        if https_redirect is not None:
            self._values["https_redirect"] = https_redirect
        if max_protocol_version is not None:
            self._values["max_protocol_version"] = max_protocol_version
        if min_protocol_version is not None:
            self._values["min_protocol_version"] = min_protocol_version
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if tls_certificates is not None:
            self._values["tls_certificates"] = tls_certificates
        if verify_certificate_hash is not None:
            self._values["verify_certificate_hash"] = verify_certificate_hash
        if verify_certificate_spki is not None:
            self._values["verify_certificate_spki"] = verify_certificate_spki

    @builtins.property
    def ca_cert_credential_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTls#caCertCredentialName
        '''
        result = self._values.get("ca_cert_credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipher_suites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GatewaySpecServersTls#cipherSuites
        '''
        result = self._values.get("cipher_suites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GatewaySpecServersTls#credentialNames
        '''
        result = self._values.get("credential_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def https_redirect(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: GatewaySpecServersTls#httpsRedirect
        '''
        result = self._values.get("https_redirect")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_protocol_version(
        self,
    ) -> typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"]:
        '''
        :schema: GatewaySpecServersTls#maxProtocolVersion
        '''
        result = self._values.get("max_protocol_version")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"], result)

    @builtins.property
    def min_protocol_version(
        self,
    ) -> typing.Optional["GatewaySpecServersTlsMinProtocolVersion"]:
        '''
        :schema: GatewaySpecServersTls#minProtocolVersion
        '''
        result = self._values.get("min_protocol_version")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMinProtocolVersion"], result)

    @builtins.property
    def mode(self) -> typing.Optional["GatewaySpecServersTlsMode"]:
        '''
        :schema: GatewaySpecServersTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTls#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GatewaySpecServersTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_certificates(
        self,
    ) -> typing.Optional[typing.List["GatewaySpecServersTlsTlsCertificates"]]:
        '''
        :schema: GatewaySpecServersTls#tlsCertificates
        '''
        result = self._values.get("tls_certificates")
        return typing.cast(typing.Optional[typing.List["GatewaySpecServersTlsTlsCertificates"]], result)

    @builtins.property
    def verify_certificate_hash(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GatewaySpecServersTls#verifyCertificateHash
        '''
        result = self._values.get("verify_certificate_hash")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_certificate_spki(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GatewaySpecServersTls#verifyCertificateSpki
        '''
        result = self._values.get("verify_certificate_spki")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServersTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.GatewaySpecServersTlsMaxProtocolVersion")
class GatewaySpecServersTlsMaxProtocolVersion(enum.Enum):
    '''
    :schema: GatewaySpecServersTlsMaxProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="ioistionetworking.GatewaySpecServersTlsMinProtocolVersion")
class GatewaySpecServersTlsMinProtocolVersion(enum.Enum):
    '''
    :schema: GatewaySpecServersTlsMinProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="ioistionetworking.GatewaySpecServersTlsMode")
class GatewaySpecServersTlsMode(enum.Enum):
    '''
    :schema: GatewaySpecServersTlsMode
    '''

    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    AUTO_UNDERSCORE_PASSTHROUGH = "AUTO_UNDERSCORE_PASSTHROUGH"
    '''AUTO_PASSTHROUGH.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''
    OPTIONAL_UNDERSCORE_MUTUAL = "OPTIONAL_UNDERSCORE_MUTUAL"
    '''OPTIONAL_MUTUAL.'''


@jsii.data_type(
    jsii_type="ioistionetworking.GatewaySpecServersTlsTlsCertificates",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
    },
)
class GatewaySpecServersTlsTlsCertificates:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param private_key: 
        :param server_certificate: 

        :schema: GatewaySpecServersTlsTlsCertificates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d2e8d520ab54b176023261e1e2bc2a04d37dddca813b8f1411b534e1243dd6c)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTlsTlsCertificates#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTlsTlsCertificates#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTlsTlsCertificates#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServersTlsTlsCertificates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProxyConfig(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.ProxyConfig",
):
    '''
    :schema: ProxyConfig
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProxyConfigSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ProxyConfig" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e02b27aba136cfe83395bdca2fc6ed6234cc70806bdb422cc6405e1eae70bf50)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProxyConfigProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProxyConfigSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ProxyConfig".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ProxyConfigProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ProxyConfig".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.ProxyConfigProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ProxyConfigProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProxyConfigSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ProxyConfig
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ProxyConfigSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5699e90bdcbf76ce4e3e7d93c09afd0e84ecf909025c7144b03d024886e69ebe)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ProxyConfig#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ProxyConfigSpec"]:
        '''
        :schema: ProxyConfig#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ProxyConfigSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProxyConfigProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.ProxyConfigSpec",
    jsii_struct_bases=[],
    name_mapping={
        "concurrency": "concurrency",
        "environment_variables": "environmentVariables",
        "image": "image",
        "selector": "selector",
    },
)
class ProxyConfigSpec:
    def __init__(
        self,
        *,
        concurrency: typing.Optional[jsii.Number] = None,
        environment_variables: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        image: typing.Optional[typing.Union["ProxyConfigSpecImage", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["ProxyConfigSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param concurrency: 
        :param environment_variables: 
        :param image: 
        :param selector: 

        :schema: ProxyConfigSpec
        '''
        if isinstance(image, dict):
            image = ProxyConfigSpecImage(**image)
        if isinstance(selector, dict):
            selector = ProxyConfigSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__44b4787ec10511976e02f4e0e429be20ea11534cf2f88b9c51fe2ae9b278d9c4)
            check_type(argname="argument concurrency", value=concurrency, expected_type=type_hints["concurrency"])
            check_type(argname="argument environment_variables", value=environment_variables, expected_type=type_hints["environment_variables"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if concurrency is not None:
            self._values["concurrency"] = concurrency
        if environment_variables is not None:
            self._values["environment_variables"] = environment_variables
        if image is not None:
            self._values["image"] = image
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def concurrency(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ProxyConfigSpec#concurrency
        '''
        result = self._values.get("concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def environment_variables(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProxyConfigSpec#environmentVariables
        '''
        result = self._values.get("environment_variables")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def image(self) -> typing.Optional["ProxyConfigSpecImage"]:
        '''
        :schema: ProxyConfigSpec#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional["ProxyConfigSpecImage"], result)

    @builtins.property
    def selector(self) -> typing.Optional["ProxyConfigSpecSelector"]:
        '''
        :schema: ProxyConfigSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["ProxyConfigSpecSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProxyConfigSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.ProxyConfigSpecImage",
    jsii_struct_bases=[],
    name_mapping={"image_type": "imageType"},
)
class ProxyConfigSpecImage:
    def __init__(self, *, image_type: typing.Optional[builtins.str] = None) -> None:
        '''
        :param image_type: 

        :schema: ProxyConfigSpecImage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e9636a0eeedbe1c4259e77baabec591ad955a9609c912ef9bf5b46b501bb6d6)
            check_type(argname="argument image_type", value=image_type, expected_type=type_hints["image_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image_type is not None:
            self._values["image_type"] = image_type

    @builtins.property
    def image_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProxyConfigSpecImage#imageType
        '''
        result = self._values.get("image_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProxyConfigSpecImage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.ProxyConfigSpecSelector",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class ProxyConfigSpecSelector:
    def __init__(
        self,
        *,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_labels: 

        :schema: ProxyConfigSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d29b22f37637067cc1efc2c8e1ac9e60157b72b88136f06891dd9d9cab77cc52)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProxyConfigSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProxyConfigSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ServiceEntry(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.ServiceEntry",
):
    '''
    :schema: ServiceEntry
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ServiceEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ServiceEntry" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0714cec55f8e92a15a56c8bae469b7a1b0ecdbeb397b9adccca5fe3016e76e3b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ServiceEntryProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ServiceEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ServiceEntry".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ServiceEntryProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ServiceEntry".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.ServiceEntryProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ServiceEntryProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ServiceEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: ServiceEntry
        '''
        if isinstance(spec, dict):
            spec = ServiceEntrySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09dda101e461d3ebb3e4eb9e47c4624e90c003f958d094af7a447d9549f37518)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ServiceEntrySpec":
        '''
        :schema: ServiceEntry#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ServiceEntrySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ServiceEntry#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.ServiceEntrySpec",
    jsii_struct_bases=[],
    name_mapping={
        "hosts": "hosts",
        "addresses": "addresses",
        "endpoints": "endpoints",
        "export_to": "exportTo",
        "location": "location",
        "ports": "ports",
        "resolution": "resolution",
        "subject_alt_names": "subjectAltNames",
        "workload_selector": "workloadSelector",
    },
)
class ServiceEntrySpec:
    def __init__(
        self,
        *,
        hosts: typing.Sequence[builtins.str],
        addresses: typing.Optional[typing.Sequence[builtins.str]] = None,
        endpoints: typing.Optional[typing.Sequence[typing.Union["ServiceEntrySpecEndpoints", typing.Dict[builtins.str, typing.Any]]]] = None,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        location: typing.Optional["ServiceEntrySpecLocation"] = None,
        ports: typing.Optional[typing.Sequence[typing.Union["ServiceEntrySpecPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        resolution: typing.Optional["ServiceEntrySpecResolution"] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        workload_selector: typing.Optional[typing.Union["ServiceEntrySpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hosts: 
        :param addresses: 
        :param endpoints: 
        :param export_to: 
        :param location: 
        :param ports: 
        :param resolution: 
        :param subject_alt_names: 
        :param workload_selector: 

        :schema: ServiceEntrySpec
        '''
        if isinstance(workload_selector, dict):
            workload_selector = ServiceEntrySpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cb82c13cf3e812fa049390bf65c1a2498f690b820efcd222c1c6dfcd1a267f52)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument resolution", value=resolution, expected_type=type_hints["resolution"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hosts": hosts,
        }
        if addresses is not None:
            self._values["addresses"] = addresses
        if endpoints is not None:
            self._values["endpoints"] = endpoints
        if export_to is not None:
            self._values["export_to"] = export_to
        if location is not None:
            self._values["location"] = location
        if ports is not None:
            self._values["ports"] = ports
        if resolution is not None:
            self._values["resolution"] = resolution
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def hosts(self) -> typing.List[builtins.str]:
        '''
        :schema: ServiceEntrySpec#hosts
        '''
        result = self._values.get("hosts")
        assert result is not None, "Required property 'hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def addresses(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServiceEntrySpec#addresses
        '''
        result = self._values.get("addresses")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def endpoints(self) -> typing.Optional[typing.List["ServiceEntrySpecEndpoints"]]:
        '''
        :schema: ServiceEntrySpec#endpoints
        '''
        result = self._values.get("endpoints")
        return typing.cast(typing.Optional[typing.List["ServiceEntrySpecEndpoints"]], result)

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServiceEntrySpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def location(self) -> typing.Optional["ServiceEntrySpecLocation"]:
        '''
        :schema: ServiceEntrySpec#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional["ServiceEntrySpecLocation"], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.List["ServiceEntrySpecPorts"]]:
        '''
        :schema: ServiceEntrySpec#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["ServiceEntrySpecPorts"]], result)

    @builtins.property
    def resolution(self) -> typing.Optional["ServiceEntrySpecResolution"]:
        '''
        :schema: ServiceEntrySpec#resolution
        '''
        result = self._values.get("resolution")
        return typing.cast(typing.Optional["ServiceEntrySpecResolution"], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServiceEntrySpec#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def workload_selector(self) -> typing.Optional["ServiceEntrySpecWorkloadSelector"]:
        '''
        :schema: ServiceEntrySpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["ServiceEntrySpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntrySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.ServiceEntrySpecEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "address": "address",
        "labels": "labels",
        "locality": "locality",
        "network": "network",
        "ports": "ports",
        "service_account": "serviceAccount",
        "weight": "weight",
    },
)
class ServiceEntrySpecEndpoints:
    def __init__(
        self,
        *,
        address: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        locality: typing.Optional[builtins.str] = None,
        network: typing.Optional[builtins.str] = None,
        ports: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
        service_account: typing.Optional[builtins.str] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param address: 
        :param labels: 
        :param locality: 
        :param network: 
        :param ports: 
        :param service_account: 
        :param weight: 

        :schema: ServiceEntrySpecEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6379e2c1353ca9f2d5d96ee20de3e1c3e8a59e34a8d07baf4946f39e48675d42)
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument locality", value=locality, expected_type=type_hints["locality"])
            check_type(argname="argument network", value=network, expected_type=type_hints["network"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if address is not None:
            self._values["address"] = address
        if labels is not None:
            self._values["labels"] = labels
        if locality is not None:
            self._values["locality"] = locality
        if network is not None:
            self._values["network"] = network
        if ports is not None:
            self._values["ports"] = ports
        if service_account is not None:
            self._values["service_account"] = service_account
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def address(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServiceEntrySpecEndpoints#address
        '''
        result = self._values.get("address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ServiceEntrySpecEndpoints#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def locality(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServiceEntrySpecEndpoints#locality
        '''
        result = self._values.get("locality")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServiceEntrySpecEndpoints#network
        '''
        result = self._values.get("network")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: ServiceEntrySpecEndpoints#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    @builtins.property
    def service_account(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServiceEntrySpecEndpoints#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ServiceEntrySpecEndpoints#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntrySpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.ServiceEntrySpecLocation")
class ServiceEntrySpecLocation(enum.Enum):
    '''
    :schema: ServiceEntrySpecLocation
    '''

    MESH_UNDERSCORE_EXTERNAL = "MESH_UNDERSCORE_EXTERNAL"
    '''MESH_EXTERNAL.'''
    MESH_UNDERSCORE_INTERNAL = "MESH_UNDERSCORE_INTERNAL"
    '''MESH_INTERNAL.'''


@jsii.data_type(
    jsii_type="ioistionetworking.ServiceEntrySpecPorts",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class ServiceEntrySpecPorts:
    def __init__(
        self,
        *,
        name: builtins.str,
        number: jsii.Number,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param number: 
        :param protocol: 
        :param target_port: 

        :schema: ServiceEntrySpecPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d41478c768198c972771cfd83522c9989bb6016d73205521e538ca93d2685a57)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "number": number,
        }
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ServiceEntrySpecPorts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def number(self) -> jsii.Number:
        '''
        :schema: ServiceEntrySpecPorts#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServiceEntrySpecPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ServiceEntrySpecPorts#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntrySpecPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.ServiceEntrySpecResolution")
class ServiceEntrySpecResolution(enum.Enum):
    '''
    :schema: ServiceEntrySpecResolution
    '''

    NONE = "NONE"
    '''NONE.'''
    STATIC = "STATIC"
    '''STATIC.'''
    DNS = "DNS"
    '''DNS.'''
    DNS_UNDERSCORE_ROUND_UNDERSCORE_ROBIN = "DNS_UNDERSCORE_ROUND_UNDERSCORE_ROBIN"
    '''DNS_ROUND_ROBIN.'''
    DYNAMIC_UNDERSCORE_DNS = "DYNAMIC_UNDERSCORE_DNS"
    '''DYNAMIC_DNS.'''


@jsii.data_type(
    jsii_type="ioistionetworking.ServiceEntrySpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class ServiceEntrySpecWorkloadSelector:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param labels: 

        :schema: ServiceEntrySpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5b6e1bcff5caa9a24863d8ea2a77070cd6ffcfcd18f1b9538a41d29fe3b428f)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ServiceEntrySpecWorkloadSelector#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntrySpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Sidecar(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.Sidecar",
):
    '''
    :schema: Sidecar
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Sidecar" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca89e8eb03b4c6286619f1fda43af9c02ccdb89f4ce5f019f31155ccad93095a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SidecarProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Sidecar".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = SidecarProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Sidecar".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SidecarProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Sidecar
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SidecarSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5afd078b423384dbb9a013a67e447853982dd5088cbc50f7d7067eb99ce85bf)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Sidecar#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SidecarSpec"]:
        '''
        :schema: Sidecar#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SidecarSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpec",
    jsii_struct_bases=[],
    name_mapping={
        "egress": "egress",
        "inbound_connection_pool": "inboundConnectionPool",
        "ingress": "ingress",
        "outbound_traffic_policy": "outboundTrafficPolicy",
        "workload_selector": "workloadSelector",
    },
)
class SidecarSpec:
    def __init__(
        self,
        *,
        egress: typing.Optional[typing.Sequence[typing.Union["SidecarSpecEgress", typing.Dict[builtins.str, typing.Any]]]] = None,
        inbound_connection_pool: typing.Optional[typing.Union["SidecarSpecInboundConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        ingress: typing.Optional[typing.Sequence[typing.Union["SidecarSpecIngress", typing.Dict[builtins.str, typing.Any]]]] = None,
        outbound_traffic_policy: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_selector: typing.Optional[typing.Union["SidecarSpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param egress: 
        :param inbound_connection_pool: 
        :param ingress: 
        :param outbound_traffic_policy: 
        :param workload_selector: 

        :schema: SidecarSpec
        '''
        if isinstance(inbound_connection_pool, dict):
            inbound_connection_pool = SidecarSpecInboundConnectionPool(**inbound_connection_pool)
        if isinstance(outbound_traffic_policy, dict):
            outbound_traffic_policy = SidecarSpecOutboundTrafficPolicy(**outbound_traffic_policy)
        if isinstance(workload_selector, dict):
            workload_selector = SidecarSpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f46e11992b5adb816a43882abb4f0a1c3224fffde47ff403c33cc370fe6d7e3)
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument inbound_connection_pool", value=inbound_connection_pool, expected_type=type_hints["inbound_connection_pool"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument outbound_traffic_policy", value=outbound_traffic_policy, expected_type=type_hints["outbound_traffic_policy"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if egress is not None:
            self._values["egress"] = egress
        if inbound_connection_pool is not None:
            self._values["inbound_connection_pool"] = inbound_connection_pool
        if ingress is not None:
            self._values["ingress"] = ingress
        if outbound_traffic_policy is not None:
            self._values["outbound_traffic_policy"] = outbound_traffic_policy
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def egress(self) -> typing.Optional[typing.List["SidecarSpecEgress"]]:
        '''
        :schema: SidecarSpec#egress
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[typing.List["SidecarSpecEgress"]], result)

    @builtins.property
    def inbound_connection_pool(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPool"]:
        '''
        :schema: SidecarSpec#inboundConnectionPool
        '''
        result = self._values.get("inbound_connection_pool")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPool"], result)

    @builtins.property
    def ingress(self) -> typing.Optional[typing.List["SidecarSpecIngress"]]:
        '''
        :schema: SidecarSpec#ingress
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[typing.List["SidecarSpecIngress"]], result)

    @builtins.property
    def outbound_traffic_policy(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicy"]:
        '''
        :schema: SidecarSpec#outboundTrafficPolicy
        '''
        result = self._values.get("outbound_traffic_policy")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicy"], result)

    @builtins.property
    def workload_selector(self) -> typing.Optional["SidecarSpecWorkloadSelector"]:
        '''
        :schema: SidecarSpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["SidecarSpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecEgress",
    jsii_struct_bases=[],
    name_mapping={
        "hosts": "hosts",
        "bind": "bind",
        "capture_mode": "captureMode",
        "port": "port",
    },
)
class SidecarSpecEgress:
    def __init__(
        self,
        *,
        hosts: typing.Sequence[builtins.str],
        bind: typing.Optional[builtins.str] = None,
        capture_mode: typing.Optional["SidecarSpecEgressCaptureMode"] = None,
        port: typing.Optional[typing.Union["SidecarSpecEgressPort", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hosts: 
        :param bind: 
        :param capture_mode: 
        :param port: 

        :schema: SidecarSpecEgress
        '''
        if isinstance(port, dict):
            port = SidecarSpecEgressPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce644f46a1cc17a4af39905edb36ebac13a3541f6f37d6581232dbf7d6efb9e8)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument capture_mode", value=capture_mode, expected_type=type_hints["capture_mode"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hosts": hosts,
        }
        if bind is not None:
            self._values["bind"] = bind
        if capture_mode is not None:
            self._values["capture_mode"] = capture_mode
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def hosts(self) -> typing.List[builtins.str]:
        '''
        :schema: SidecarSpecEgress#hosts
        '''
        result = self._values.get("hosts")
        assert result is not None, "Required property 'hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecEgress#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capture_mode(self) -> typing.Optional["SidecarSpecEgressCaptureMode"]:
        '''
        :schema: SidecarSpecEgress#captureMode
        '''
        result = self._values.get("capture_mode")
        return typing.cast(typing.Optional["SidecarSpecEgressCaptureMode"], result)

    @builtins.property
    def port(self) -> typing.Optional["SidecarSpecEgressPort"]:
        '''
        :schema: SidecarSpecEgress#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["SidecarSpecEgressPort"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecEgress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.SidecarSpecEgressCaptureMode")
class SidecarSpecEgressCaptureMode(enum.Enum):
    '''
    :schema: SidecarSpecEgressCaptureMode
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    IPTABLES = "IPTABLES"
    '''IPTABLES.'''
    NONE = "NONE"
    '''NONE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecEgressPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class SidecarSpecEgressPort:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        number: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param number: 
        :param protocol: 
        :param target_port: 

        :schema: SidecarSpecEgressPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__961cbca46db9aa0ca9e5eba7d7eca990a330ec163e1e2402d9306220c5f807c6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if number is not None:
            self._values["number"] = number
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecEgressPort#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecEgressPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecEgressPort#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecEgressPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecEgressPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecInboundConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class SidecarSpecInboundConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: 
        :param tcp: 

        :schema: SidecarSpecInboundConnectionPool
        '''
        if isinstance(http, dict):
            http = SidecarSpecInboundConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = SidecarSpecInboundConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0570ea2405ff6d6e152e374088486ab40a7295b78e662623b8eeced916aa92c)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(self) -> typing.Optional["SidecarSpecInboundConnectionPoolHttp"]:
        '''
        :schema: SidecarSpecInboundConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolHttp"], result)

    @builtins.property
    def tcp(self) -> typing.Optional["SidecarSpecInboundConnectionPoolTcp"]:
        '''
        :schema: SidecarSpecInboundConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecInboundConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class SidecarSpecInboundConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param h2_upgrade_policy: 
        :param http1_max_pending_requests: 
        :param http2_max_requests: 
        :param idle_timeout: 
        :param max_concurrent_streams: 
        :param max_requests_per_connection: 
        :param max_retries: 
        :param use_client_protocol: 

        :schema: SidecarSpecInboundConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9246a1e5252b1fb87e202cdead2492c0e64bf9d8e72389cf8a603eff4f544034)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"]:
        '''
        :schema: SidecarSpecInboundConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecInboundConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecInboundConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecInboundConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecInboundConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecInboundConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecInboundConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: SidecarSpecInboundConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"
)
class SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''
    :schema: SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecInboundConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class SidecarSpecInboundConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connect_timeout: 
        :param idle_timeout: 
        :param max_connection_duration: 
        :param max_connections: 
        :param tcp_keepalive: 

        :schema: SidecarSpecInboundConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = SidecarSpecInboundConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab581d907cfedcbfe56d8847ae7eb28fb113de0045b40534f3f84313d5c817e4)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecInboundConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecInboundConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecInboundConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecInboundConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPoolTcpTcpKeepalive"]:
        '''
        :schema: SidecarSpecInboundConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecInboundConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class SidecarSpecInboundConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param interval: 
        :param probes: 
        :param time: 

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8572b26d84c4d689167dc5720eefee5c3955e520a8a4e2bcbe8c0ddbc1614ca0)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecIngress",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "bind": "bind",
        "capture_mode": "captureMode",
        "connection_pool": "connectionPool",
        "default_endpoint": "defaultEndpoint",
        "tls": "tls",
    },
)
class SidecarSpecIngress:
    def __init__(
        self,
        *,
        port: typing.Union["SidecarSpecIngressPort", typing.Dict[builtins.str, typing.Any]],
        bind: typing.Optional[builtins.str] = None,
        capture_mode: typing.Optional["SidecarSpecIngressCaptureMode"] = None,
        connection_pool: typing.Optional[typing.Union["SidecarSpecIngressConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        default_endpoint: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["SidecarSpecIngressTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param port: 
        :param bind: 
        :param capture_mode: 
        :param connection_pool: 
        :param default_endpoint: 
        :param tls: 

        :schema: SidecarSpecIngress
        '''
        if isinstance(port, dict):
            port = SidecarSpecIngressPort(**port)
        if isinstance(connection_pool, dict):
            connection_pool = SidecarSpecIngressConnectionPool(**connection_pool)
        if isinstance(tls, dict):
            tls = SidecarSpecIngressTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c016738e2e6e9698cd02519c50e45e34bc64b4bcf667e35ba7a50c5bf41a61e)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument capture_mode", value=capture_mode, expected_type=type_hints["capture_mode"])
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument default_endpoint", value=default_endpoint, expected_type=type_hints["default_endpoint"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if bind is not None:
            self._values["bind"] = bind
        if capture_mode is not None:
            self._values["capture_mode"] = capture_mode
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if default_endpoint is not None:
            self._values["default_endpoint"] = default_endpoint
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def port(self) -> "SidecarSpecIngressPort":
        '''
        :schema: SidecarSpecIngress#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("SidecarSpecIngressPort", result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngress#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capture_mode(self) -> typing.Optional["SidecarSpecIngressCaptureMode"]:
        '''
        :schema: SidecarSpecIngress#captureMode
        '''
        result = self._values.get("capture_mode")
        return typing.cast(typing.Optional["SidecarSpecIngressCaptureMode"], result)

    @builtins.property
    def connection_pool(self) -> typing.Optional["SidecarSpecIngressConnectionPool"]:
        '''
        :schema: SidecarSpecIngress#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPool"], result)

    @builtins.property
    def default_endpoint(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngress#defaultEndpoint
        '''
        result = self._values.get("default_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["SidecarSpecIngressTls"]:
        '''
        :schema: SidecarSpecIngress#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["SidecarSpecIngressTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.SidecarSpecIngressCaptureMode")
class SidecarSpecIngressCaptureMode(enum.Enum):
    '''
    :schema: SidecarSpecIngressCaptureMode
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    IPTABLES = "IPTABLES"
    '''IPTABLES.'''
    NONE = "NONE"
    '''NONE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecIngressConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class SidecarSpecIngressConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: 
        :param tcp: 

        :schema: SidecarSpecIngressConnectionPool
        '''
        if isinstance(http, dict):
            http = SidecarSpecIngressConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = SidecarSpecIngressConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b73ba47dc59d4ec7d380aa9c9f917d190145f9b76bd0967e02e5efb481f3527b)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(self) -> typing.Optional["SidecarSpecIngressConnectionPoolHttp"]:
        '''
        :schema: SidecarSpecIngressConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolHttp"], result)

    @builtins.property
    def tcp(self) -> typing.Optional["SidecarSpecIngressConnectionPoolTcp"]:
        '''
        :schema: SidecarSpecIngressConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecIngressConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class SidecarSpecIngressConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param h2_upgrade_policy: 
        :param http1_max_pending_requests: 
        :param http2_max_requests: 
        :param idle_timeout: 
        :param max_concurrent_streams: 
        :param max_requests_per_connection: 
        :param max_retries: 
        :param use_client_protocol: 

        :schema: SidecarSpecIngressConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__254d2232683186735ba51ee68abb38180333586d3b9cb1b59c21841bffa76a7f)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"]:
        '''
        :schema: SidecarSpecIngressConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: SidecarSpecIngressConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"
)
class SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''
    :schema: SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecIngressConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class SidecarSpecIngressConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connect_timeout: 
        :param idle_timeout: 
        :param max_connection_duration: 
        :param max_connections: 
        :param tcp_keepalive: 

        :schema: SidecarSpecIngressConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = SidecarSpecIngressConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7259b32efed1372c12826a9e75f82d1c55b69572fbb04ead96562cabccdfa13)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["SidecarSpecIngressConnectionPoolTcpTcpKeepalive"]:
        '''
        :schema: SidecarSpecIngressConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecIngressConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class SidecarSpecIngressConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param interval: 
        :param probes: 
        :param time: 

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfd1f844391825a480fbd0a425d9da9832f23afbbc1d84cf98a1e380192514de)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecIngressPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class SidecarSpecIngressPort:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        number: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param number: 
        :param protocol: 
        :param target_port: 

        :schema: SidecarSpecIngressPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c3ada4b841f8fb13d144aeeb59825f263a6d0340798b57f695431ea1eb00426)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if number is not None:
            self._values["number"] = number
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressPort#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressPort#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecIngressTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_cert_credential_name": "caCertCredentialName",
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "cipher_suites": "cipherSuites",
        "credential_name": "credentialName",
        "credential_names": "credentialNames",
        "https_redirect": "httpsRedirect",
        "max_protocol_version": "maxProtocolVersion",
        "min_protocol_version": "minProtocolVersion",
        "mode": "mode",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
        "subject_alt_names": "subjectAltNames",
        "tls_certificates": "tlsCertificates",
        "verify_certificate_hash": "verifyCertificateHash",
        "verify_certificate_spki": "verifyCertificateSpki",
    },
)
class SidecarSpecIngressTls:
    def __init__(
        self,
        *,
        ca_cert_credential_name: typing.Optional[builtins.str] = None,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
        credential_name: typing.Optional[builtins.str] = None,
        credential_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        https_redirect: typing.Optional[builtins.bool] = None,
        max_protocol_version: typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"] = None,
        min_protocol_version: typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"] = None,
        mode: typing.Optional["SidecarSpecIngressTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_certificates: typing.Optional[typing.Sequence[typing.Union["SidecarSpecIngressTlsTlsCertificates", typing.Dict[builtins.str, typing.Any]]]] = None,
        verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ca_cert_credential_name: 
        :param ca_certificates: 
        :param ca_crl: 
        :param cipher_suites: 
        :param credential_name: 
        :param credential_names: 
        :param https_redirect: 
        :param max_protocol_version: 
        :param min_protocol_version: 
        :param mode: 
        :param private_key: 
        :param server_certificate: 
        :param subject_alt_names: 
        :param tls_certificates: 
        :param verify_certificate_hash: 
        :param verify_certificate_spki: 

        :schema: SidecarSpecIngressTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8576435cc87b69ad7649f77b1cf7e3f28d90cd66f1b17b98e20cf5265094646d)
            check_type(argname="argument ca_cert_credential_name", value=ca_cert_credential_name, expected_type=type_hints["ca_cert_credential_name"])
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument cipher_suites", value=cipher_suites, expected_type=type_hints["cipher_suites"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument credential_names", value=credential_names, expected_type=type_hints["credential_names"])
            check_type(argname="argument https_redirect", value=https_redirect, expected_type=type_hints["https_redirect"])
            check_type(argname="argument max_protocol_version", value=max_protocol_version, expected_type=type_hints["max_protocol_version"])
            check_type(argname="argument min_protocol_version", value=min_protocol_version, expected_type=type_hints["min_protocol_version"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument tls_certificates", value=tls_certificates, expected_type=type_hints["tls_certificates"])
            check_type(argname="argument verify_certificate_hash", value=verify_certificate_hash, expected_type=type_hints["verify_certificate_hash"])
            check_type(argname="argument verify_certificate_spki", value=verify_certificate_spki, expected_type=type_hints["verify_certificate_spki"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_cert_credential_name is not None:
            self._values["ca_cert_credential_name"] = ca_cert_credential_name
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if cipher_suites is not None:
            self._values["cipher_suites"] = cipher_suites
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if credential_names is not None:
            self._values["credential_names"] = credential_names
        if https_redirect is not None:
            self._values["https_redirect"] = https_redirect
        if max_protocol_version is not None:
            self._values["max_protocol_version"] = max_protocol_version
        if min_protocol_version is not None:
            self._values["min_protocol_version"] = min_protocol_version
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if tls_certificates is not None:
            self._values["tls_certificates"] = tls_certificates
        if verify_certificate_hash is not None:
            self._values["verify_certificate_hash"] = verify_certificate_hash
        if verify_certificate_spki is not None:
            self._values["verify_certificate_spki"] = verify_certificate_spki

    @builtins.property
    def ca_cert_credential_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTls#caCertCredentialName
        '''
        result = self._values.get("ca_cert_credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipher_suites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: SidecarSpecIngressTls#cipherSuites
        '''
        result = self._values.get("cipher_suites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: SidecarSpecIngressTls#credentialNames
        '''
        result = self._values.get("credential_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def https_redirect(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: SidecarSpecIngressTls#httpsRedirect
        '''
        result = self._values.get("https_redirect")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_protocol_version(
        self,
    ) -> typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"]:
        '''
        :schema: SidecarSpecIngressTls#maxProtocolVersion
        '''
        result = self._values.get("max_protocol_version")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"], result)

    @builtins.property
    def min_protocol_version(
        self,
    ) -> typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"]:
        '''
        :schema: SidecarSpecIngressTls#minProtocolVersion
        '''
        result = self._values.get("min_protocol_version")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"], result)

    @builtins.property
    def mode(self) -> typing.Optional["SidecarSpecIngressTlsMode"]:
        '''
        :schema: SidecarSpecIngressTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTls#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: SidecarSpecIngressTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_certificates(
        self,
    ) -> typing.Optional[typing.List["SidecarSpecIngressTlsTlsCertificates"]]:
        '''
        :schema: SidecarSpecIngressTls#tlsCertificates
        '''
        result = self._values.get("tls_certificates")
        return typing.cast(typing.Optional[typing.List["SidecarSpecIngressTlsTlsCertificates"]], result)

    @builtins.property
    def verify_certificate_hash(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: SidecarSpecIngressTls#verifyCertificateHash
        '''
        result = self._values.get("verify_certificate_hash")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_certificate_spki(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: SidecarSpecIngressTls#verifyCertificateSpki
        '''
        result = self._values.get("verify_certificate_spki")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.SidecarSpecIngressTlsMaxProtocolVersion")
class SidecarSpecIngressTlsMaxProtocolVersion(enum.Enum):
    '''
    :schema: SidecarSpecIngressTlsMaxProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="ioistionetworking.SidecarSpecIngressTlsMinProtocolVersion")
class SidecarSpecIngressTlsMinProtocolVersion(enum.Enum):
    '''
    :schema: SidecarSpecIngressTlsMinProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="ioistionetworking.SidecarSpecIngressTlsMode")
class SidecarSpecIngressTlsMode(enum.Enum):
    '''
    :schema: SidecarSpecIngressTlsMode
    '''

    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    AUTO_UNDERSCORE_PASSTHROUGH = "AUTO_UNDERSCORE_PASSTHROUGH"
    '''AUTO_PASSTHROUGH.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''
    OPTIONAL_UNDERSCORE_MUTUAL = "OPTIONAL_UNDERSCORE_MUTUAL"
    '''OPTIONAL_MUTUAL.'''


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecIngressTlsTlsCertificates",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
    },
)
class SidecarSpecIngressTlsTlsCertificates:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param private_key: 
        :param server_certificate: 

        :schema: SidecarSpecIngressTlsTlsCertificates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e1bdfd9ef8a6a1136e0b4b6900f684f9a7357377c9599fe627b12726909e1cb)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTlsTlsCertificates#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTlsTlsCertificates#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTlsTlsCertificates#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressTlsTlsCertificates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecOutboundTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={"egress_proxy": "egressProxy", "mode": "mode"},
)
class SidecarSpecOutboundTrafficPolicy:
    def __init__(
        self,
        *,
        egress_proxy: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicyEgressProxy", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional["SidecarSpecOutboundTrafficPolicyMode"] = None,
    ) -> None:
        '''
        :param egress_proxy: 
        :param mode: 

        :schema: SidecarSpecOutboundTrafficPolicy
        '''
        if isinstance(egress_proxy, dict):
            egress_proxy = SidecarSpecOutboundTrafficPolicyEgressProxy(**egress_proxy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c36e0c6680283c7e052b81892b91ece0f1af7cf1b7088d2dcf6507a8121124db)
            check_type(argname="argument egress_proxy", value=egress_proxy, expected_type=type_hints["egress_proxy"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if egress_proxy is not None:
            self._values["egress_proxy"] = egress_proxy
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def egress_proxy(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxy"]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicy#egressProxy
        '''
        result = self._values.get("egress_proxy")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxy"], result)

    @builtins.property
    def mode(self) -> typing.Optional["SidecarSpecOutboundTrafficPolicyMode"]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicy#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecOutboundTrafficPolicyEgressProxy",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class SidecarSpecOutboundTrafficPolicyEgressProxy:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicyEgressProxyPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param subset: 

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy
        '''
        if isinstance(port, dict):
            port = SidecarSpecOutboundTrafficPolicyEgressProxyPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8521f2396d5d493d1a7dddacb81ea2c07b5babe36d409beb9503b3a5209f102)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''
        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxyPort"]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxyPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicyEgressProxy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecOutboundTrafficPolicyEgressProxyPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class SidecarSpecOutboundTrafficPolicyEgressProxyPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param number: 

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxyPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c25c806d2cc9790b62c3caa641138de666073ba8918d72eaa9698d3a54a767aa)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicyEgressProxyPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicyEgressProxyPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.SidecarSpecOutboundTrafficPolicyMode")
class SidecarSpecOutboundTrafficPolicyMode(enum.Enum):
    '''
    :schema: SidecarSpecOutboundTrafficPolicyMode
    '''

    REGISTRY_UNDERSCORE_ONLY = "REGISTRY_UNDERSCORE_ONLY"
    '''REGISTRY_ONLY.'''
    ALLOW_UNDERSCORE_ANY = "ALLOW_UNDERSCORE_ANY"
    '''ALLOW_ANY.'''


@jsii.data_type(
    jsii_type="ioistionetworking.SidecarSpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class SidecarSpecWorkloadSelector:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param labels: 

        :schema: SidecarSpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a92ced545d2b5e5182c13c1e672d120110b80a3e570cc9c659d88cb1e8a7ec9)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SidecarSpecWorkloadSelector#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VirtualService(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.VirtualService",
):
    '''
    :schema: VirtualService
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VirtualService" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7a329f352b7304b6f4ba35a2da5b2c73a796e25f5690d38311897ac06a3dd0a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VirtualServiceProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VirtualService".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = VirtualServiceProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VirtualService".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VirtualServiceProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: VirtualService
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VirtualServiceSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea291212146131bbb572abe6c7214a96c22a1c7054ea535288e29b2e20ad68ce)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VirtualService#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VirtualServiceSpec"]:
        '''
        :schema: VirtualService#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VirtualServiceSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpec",
    jsii_struct_bases=[],
    name_mapping={
        "export_to": "exportTo",
        "gateways": "gateways",
        "hosts": "hosts",
        "http": "http",
        "tcp": "tcp",
        "tls": "tls",
    },
)
class VirtualServiceSpec:
    def __init__(
        self,
        *,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
        http: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tcp: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tls: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTls", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param export_to: 
        :param gateways: 
        :param hosts: 
        :param http: 
        :param tcp: 
        :param tls: 

        :schema: VirtualServiceSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__137941366d3a24ac40f324ef8a3e7a4b3002865e3c01552d2d2cdbce61a07d7f)
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if export_to is not None:
            self._values["export_to"] = export_to
        if gateways is not None:
            self._values["gateways"] = gateways
        if hosts is not None:
            self._values["hosts"] = hosts
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpec#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hosts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpec#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def http(self) -> typing.Optional[typing.List["VirtualServiceSpecHttp"]]:
        '''
        :schema: VirtualServiceSpec#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttp"]], result)

    @builtins.property
    def tcp(self) -> typing.Optional[typing.List["VirtualServiceSpecTcp"]]:
        '''
        :schema: VirtualServiceSpec#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcp"]], result)

    @builtins.property
    def tls(self) -> typing.Optional[typing.List["VirtualServiceSpecTls"]]:
        '''
        :schema: VirtualServiceSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTls"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttp",
    jsii_struct_bases=[],
    name_mapping={
        "cors_policy": "corsPolicy",
        "delegate": "delegate",
        "direct_response": "directResponse",
        "fault": "fault",
        "headers": "headers",
        "match": "match",
        "mirror": "mirror",
        "mirror_percent": "mirrorPercent",
        "mirror_percentage": "mirrorPercentage",
        "mirrors": "mirrors",
        "name": "name",
        "redirect": "redirect",
        "retries": "retries",
        "rewrite": "rewrite",
        "route": "route",
        "timeout": "timeout",
    },
)
class VirtualServiceSpecHttp:
    def __init__(
        self,
        *,
        cors_policy: typing.Optional[typing.Union["VirtualServiceSpecHttpCorsPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        delegate: typing.Optional[typing.Union["VirtualServiceSpecHttpDelegate", typing.Dict[builtins.str, typing.Any]]] = None,
        direct_response: typing.Optional[typing.Union["VirtualServiceSpecHttpDirectResponse", typing.Dict[builtins.str, typing.Any]]] = None,
        fault: typing.Optional[typing.Union["VirtualServiceSpecHttpFault", typing.Dict[builtins.str, typing.Any]]] = None,
        headers: typing.Optional[typing.Union["VirtualServiceSpecHttpHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        mirror: typing.Optional[typing.Union["VirtualServiceSpecHttpMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_percent: typing.Optional[jsii.Number] = None,
        mirror_percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
        mirrors: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpMirrors", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        redirect: typing.Optional[typing.Union["VirtualServiceSpecHttpRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        retries: typing.Optional[typing.Union["VirtualServiceSpecHttpRetries", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Union["VirtualServiceSpecHttpRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cors_policy: 
        :param delegate: 
        :param direct_response: 
        :param fault: 
        :param headers: 
        :param match: 
        :param mirror: 
        :param mirror_percent: 
        :param mirror_percentage: 
        :param mirrors: 
        :param name: 
        :param redirect: 
        :param retries: 
        :param rewrite: 
        :param route: 
        :param timeout: 

        :schema: VirtualServiceSpecHttp
        '''
        if isinstance(cors_policy, dict):
            cors_policy = VirtualServiceSpecHttpCorsPolicy(**cors_policy)
        if isinstance(delegate, dict):
            delegate = VirtualServiceSpecHttpDelegate(**delegate)
        if isinstance(direct_response, dict):
            direct_response = VirtualServiceSpecHttpDirectResponse(**direct_response)
        if isinstance(fault, dict):
            fault = VirtualServiceSpecHttpFault(**fault)
        if isinstance(headers, dict):
            headers = VirtualServiceSpecHttpHeaders(**headers)
        if isinstance(mirror, dict):
            mirror = VirtualServiceSpecHttpMirror(**mirror)
        if isinstance(mirror_percentage, dict):
            mirror_percentage = VirtualServiceSpecHttpMirrorPercentage(**mirror_percentage)
        if isinstance(redirect, dict):
            redirect = VirtualServiceSpecHttpRedirect(**redirect)
        if isinstance(retries, dict):
            retries = VirtualServiceSpecHttpRetries(**retries)
        if isinstance(rewrite, dict):
            rewrite = VirtualServiceSpecHttpRewrite(**rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d60c5d7ccec0c215973a00582f8d5b4672b12036c302efc7d05d33a9eeee2733)
            check_type(argname="argument cors_policy", value=cors_policy, expected_type=type_hints["cors_policy"])
            check_type(argname="argument delegate", value=delegate, expected_type=type_hints["delegate"])
            check_type(argname="argument direct_response", value=direct_response, expected_type=type_hints["direct_response"])
            check_type(argname="argument fault", value=fault, expected_type=type_hints["fault"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument mirror_percent", value=mirror_percent, expected_type=type_hints["mirror_percent"])
            check_type(argname="argument mirror_percentage", value=mirror_percentage, expected_type=type_hints["mirror_percentage"])
            check_type(argname="argument mirrors", value=mirrors, expected_type=type_hints["mirrors"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument redirect", value=redirect, expected_type=type_hints["redirect"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cors_policy is not None:
            self._values["cors_policy"] = cors_policy
        if delegate is not None:
            self._values["delegate"] = delegate
        if direct_response is not None:
            self._values["direct_response"] = direct_response
        if fault is not None:
            self._values["fault"] = fault
        if headers is not None:
            self._values["headers"] = headers
        if match is not None:
            self._values["match"] = match
        if mirror is not None:
            self._values["mirror"] = mirror
        if mirror_percent is not None:
            self._values["mirror_percent"] = mirror_percent
        if mirror_percentage is not None:
            self._values["mirror_percentage"] = mirror_percentage
        if mirrors is not None:
            self._values["mirrors"] = mirrors
        if name is not None:
            self._values["name"] = name
        if redirect is not None:
            self._values["redirect"] = redirect
        if retries is not None:
            self._values["retries"] = retries
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if route is not None:
            self._values["route"] = route
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def cors_policy(self) -> typing.Optional["VirtualServiceSpecHttpCorsPolicy"]:
        '''
        :schema: VirtualServiceSpecHttp#corsPolicy
        '''
        result = self._values.get("cors_policy")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpCorsPolicy"], result)

    @builtins.property
    def delegate(self) -> typing.Optional["VirtualServiceSpecHttpDelegate"]:
        '''
        :schema: VirtualServiceSpecHttp#delegate
        '''
        result = self._values.get("delegate")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDelegate"], result)

    @builtins.property
    def direct_response(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpDirectResponse"]:
        '''
        :schema: VirtualServiceSpecHttp#directResponse
        '''
        result = self._values.get("direct_response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDirectResponse"], result)

    @builtins.property
    def fault(self) -> typing.Optional["VirtualServiceSpecHttpFault"]:
        '''
        :schema: VirtualServiceSpecHttp#fault
        '''
        result = self._values.get("fault")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFault"], result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceSpecHttpHeaders"]:
        '''
        :schema: VirtualServiceSpecHttp#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeaders"], result)

    @builtins.property
    def match(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpMatch"]]:
        '''
        :schema: VirtualServiceSpecHttp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpMatch"]], result)

    @builtins.property
    def mirror(self) -> typing.Optional["VirtualServiceSpecHttpMirror"]:
        '''
        :schema: VirtualServiceSpecHttp#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirror"], result)

    @builtins.property
    def mirror_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttp#mirrorPercent
        '''
        result = self._values.get("mirror_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mirror_percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpMirrorPercentage"]:
        '''
        :schema: VirtualServiceSpecHttp#mirrorPercentage
        '''
        result = self._values.get("mirror_percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorPercentage"], result)

    @builtins.property
    def mirrors(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpMirrors"]]:
        '''
        :schema: VirtualServiceSpecHttp#mirrors
        '''
        result = self._values.get("mirrors")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpMirrors"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttp#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect(self) -> typing.Optional["VirtualServiceSpecHttpRedirect"]:
        '''
        :schema: VirtualServiceSpecHttp#redirect
        '''
        result = self._values.get("redirect")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRedirect"], result)

    @builtins.property
    def retries(self) -> typing.Optional["VirtualServiceSpecHttpRetries"]:
        '''
        :schema: VirtualServiceSpecHttp#retries
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRetries"], result)

    @builtins.property
    def rewrite(self) -> typing.Optional["VirtualServiceSpecHttpRewrite"]:
        '''
        :schema: VirtualServiceSpecHttp#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRewrite"], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpRoute"]]:
        '''
        :schema: VirtualServiceSpecHttp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpRoute"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttp#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpCorsPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origin": "allowOrigin",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
        "unmatched_preflights": "unmatchedPreflights",
    },
)
class VirtualServiceSpecHttpCorsPolicy:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origins: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpCorsPolicyAllowOrigins", typing.Dict[builtins.str, typing.Any]]]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[builtins.str] = None,
        unmatched_preflights: typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"] = None,
    ) -> None:
        '''
        :param allow_credentials: 
        :param allow_headers: 
        :param allow_methods: 
        :param allow_origin: 
        :param allow_origins: 
        :param expose_headers: 
        :param max_age: 
        :param unmatched_preflights: 

        :schema: VirtualServiceSpecHttpCorsPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4fd9b17c71cbcf336fc927ccf7a93ad9a8e063496c88358cce46c4806b1e27ae)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origin", value=allow_origin, expected_type=type_hints["allow_origin"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument unmatched_preflights", value=unmatched_preflights, expected_type=type_hints["unmatched_preflights"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origin is not None:
            self._values["allow_origin"] = allow_origin
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age
        if unmatched_preflights is not None:
            self._values["unmatched_preflights"] = unmatched_preflights

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origin(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#allowOrigin
        '''
        result = self._values.get("allow_origin")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origins(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceSpecHttpCorsPolicyAllowOrigins"]]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpCorsPolicyAllowOrigins"]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unmatched_preflights(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#unmatchedPreflights
        '''
        result = self._values.get("unmatched_preflights")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpCorsPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpCorsPolicyAllowOrigins",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpCorsPolicyAllowOrigins:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 

        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1952f28f0e789078a25eeb420488dbbfe4d1b2e16e9ffae311c9f5448690d989)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpCorsPolicyAllowOrigins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"
)
class VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights(enum.Enum):
    '''
    :schema: VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    FORWARD = "FORWARD"
    '''FORWARD.'''
    IGNORE = "IGNORE"
    '''IGNORE.'''


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpDelegate",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class VirtualServiceSpecHttpDelegate:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: VirtualServiceSpecHttpDelegate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a128086c9815dc4dee81fb574e1201b95f6e5472a82fcc7e73147d8b44784e56)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpDelegate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpDelegate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDelegate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpDirectResponse",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "body": "body"},
)
class VirtualServiceSpecHttpDirectResponse:
    def __init__(
        self,
        *,
        status: jsii.Number,
        body: typing.Optional[typing.Union["VirtualServiceSpecHttpDirectResponseBody", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param status: 
        :param body: 

        :schema: VirtualServiceSpecHttpDirectResponse
        '''
        if isinstance(body, dict):
            body = VirtualServiceSpecHttpDirectResponseBody(**body)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__523eedce3d74e223235dfe979ea7629f3f61b2a2e3f24b0c0fa649837595663f)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument body", value=body, expected_type=type_hints["body"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
        }
        if body is not None:
            self._values["body"] = body

    @builtins.property
    def status(self) -> jsii.Number:
        '''
        :schema: VirtualServiceSpecHttpDirectResponse#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def body(self) -> typing.Optional["VirtualServiceSpecHttpDirectResponseBody"]:
        '''
        :schema: VirtualServiceSpecHttpDirectResponse#body
        '''
        result = self._values.get("body")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDirectResponseBody"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDirectResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpDirectResponseBody",
    jsii_struct_bases=[],
    name_mapping={"bytes": "bytes", "string": "string"},
)
class VirtualServiceSpecHttpDirectResponseBody:
    def __init__(
        self,
        *,
        bytes: typing.Optional[builtins.str] = None,
        string: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param bytes: 
        :param string: 

        :schema: VirtualServiceSpecHttpDirectResponseBody
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__977113a0baf864141e1d7855511c23b4c02261f69e92614983af4f332dd738ca)
            check_type(argname="argument bytes", value=bytes, expected_type=type_hints["bytes"])
            check_type(argname="argument string", value=string, expected_type=type_hints["string"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bytes is not None:
            self._values["bytes"] = bytes
        if string is not None:
            self._values["string"] = string

    @builtins.property
    def bytes(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpDirectResponseBody#bytes
        '''
        result = self._values.get("bytes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def string(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpDirectResponseBody#string
        '''
        result = self._values.get("string")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDirectResponseBody(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpFault",
    jsii_struct_bases=[],
    name_mapping={"abort": "abort", "delay": "delay"},
)
class VirtualServiceSpecHttpFault:
    def __init__(
        self,
        *,
        abort: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultAbort", typing.Dict[builtins.str, typing.Any]]] = None,
        delay: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultDelay", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param abort: 
        :param delay: 

        :schema: VirtualServiceSpecHttpFault
        '''
        if isinstance(abort, dict):
            abort = VirtualServiceSpecHttpFaultAbort(**abort)
        if isinstance(delay, dict):
            delay = VirtualServiceSpecHttpFaultDelay(**delay)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eabf9e1cd2c50c0daed41a03fd03798e209c01c32b57baefa049d7adb4237e9f)
            check_type(argname="argument abort", value=abort, expected_type=type_hints["abort"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if abort is not None:
            self._values["abort"] = abort
        if delay is not None:
            self._values["delay"] = delay

    @builtins.property
    def abort(self) -> typing.Optional["VirtualServiceSpecHttpFaultAbort"]:
        '''
        :schema: VirtualServiceSpecHttpFault#abort
        '''
        result = self._values.get("abort")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultAbort"], result)

    @builtins.property
    def delay(self) -> typing.Optional["VirtualServiceSpecHttpFaultDelay"]:
        '''
        :schema: VirtualServiceSpecHttpFault#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultDelay"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpFaultAbort",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_status": "grpcStatus",
        "http2_error": "http2Error",
        "http_status": "httpStatus",
        "percentage": "percentage",
    },
)
class VirtualServiceSpecHttpFaultAbort:
    def __init__(
        self,
        *,
        grpc_status: typing.Optional[builtins.str] = None,
        http2_error: typing.Optional[builtins.str] = None,
        http_status: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultAbortPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param grpc_status: 
        :param http2_error: 
        :param http_status: 
        :param percentage: 

        :schema: VirtualServiceSpecHttpFaultAbort
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpFaultAbortPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__193b2f98a83456ade41d9aa7e1d239c14019966380294674539c8c13618e72d7)
            check_type(argname="argument grpc_status", value=grpc_status, expected_type=type_hints["grpc_status"])
            check_type(argname="argument http2_error", value=http2_error, expected_type=type_hints["http2_error"])
            check_type(argname="argument http_status", value=http_status, expected_type=type_hints["http_status"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_status is not None:
            self._values["grpc_status"] = grpc_status
        if http2_error is not None:
            self._values["http2_error"] = http2_error
        if http_status is not None:
            self._values["http_status"] = http_status
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def grpc_status(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbort#grpcStatus
        '''
        result = self._values.get("grpc_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http2_error(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbort#http2Error
        '''
        result = self._values.get("http2_error")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbort#httpStatus
        '''
        result = self._values.get("http_status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpFaultAbortPercentage"]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbort#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultAbortPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultAbort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpFaultAbortPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpFaultAbortPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param value: 

        :schema: VirtualServiceSpecHttpFaultAbortPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2367717e7ada85181449cfa93383dd396f7beb486bc645819332f1bb5d5724b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbortPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultAbortPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpFaultDelay",
    jsii_struct_bases=[],
    name_mapping={
        "exponential_delay": "exponentialDelay",
        "fixed_delay": "fixedDelay",
        "percent": "percent",
        "percentage": "percentage",
    },
)
class VirtualServiceSpecHttpFaultDelay:
    def __init__(
        self,
        *,
        exponential_delay: typing.Optional[builtins.str] = None,
        fixed_delay: typing.Optional[builtins.str] = None,
        percent: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultDelayPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param exponential_delay: 
        :param fixed_delay: 
        :param percent: 
        :param percentage: 

        :schema: VirtualServiceSpecHttpFaultDelay
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpFaultDelayPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9dd7dcda6d3562668c16896f8b7b0450b570ca728affe3f6d5ffb66fcf171c7f)
            check_type(argname="argument exponential_delay", value=exponential_delay, expected_type=type_hints["exponential_delay"])
            check_type(argname="argument fixed_delay", value=fixed_delay, expected_type=type_hints["fixed_delay"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exponential_delay is not None:
            self._values["exponential_delay"] = exponential_delay
        if fixed_delay is not None:
            self._values["fixed_delay"] = fixed_delay
        if percent is not None:
            self._values["percent"] = percent
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def exponential_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelay#exponentialDelay
        '''
        result = self._values.get("exponential_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fixed_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelay#fixedDelay
        '''
        result = self._values.get("fixed_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelay#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpFaultDelayPercentage"]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelay#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultDelayPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultDelay(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpFaultDelayPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpFaultDelayPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param value: 

        :schema: VirtualServiceSpecHttpFaultDelayPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7ecec86a8242193e585acbe8c605f420cbb4d4b91a6425726b3252479939da8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelayPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultDelayPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceSpecHttpHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceSpecHttpHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceSpecHttpHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceSpecHttpHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceSpecHttpHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceSpecHttpHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7343bb192f829772c5bd108cbfa102e07ff488e6f6efc1e2fd0a274dec4d834)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceSpecHttpHeadersRequest"]:
        '''
        :schema: VirtualServiceSpecHttpHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["VirtualServiceSpecHttpHeadersResponse"]:
        '''
        :schema: VirtualServiceSpecHttpHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ee9261b43423d2a69ae0078ceab35ef8fbe23ff78f228e755ed67657c52a91b)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4a3e5ae4d5de5bcc5f0787c2effc9b93d9bbd3ad69b0e217c4ffb740869cddc)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "gateways": "gateways",
        "headers": "headers",
        "ignore_uri_case": "ignoreUriCase",
        "method": "method",
        "name": "name",
        "port": "port",
        "query_params": "queryParams",
        "scheme": "scheme",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "stat_prefix": "statPrefix",
        "uri": "uri",
        "without_headers": "withoutHeaders",
    },
)
class VirtualServiceSpecHttpMatch:
    def __init__(
        self,
        *,
        authority: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchAuthority", typing.Dict[builtins.str, typing.Any]]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        ignore_uri_case: typing.Optional[builtins.bool] = None,
        method: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
        scheme: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchScheme", typing.Dict[builtins.str, typing.Any]]] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        stat_prefix: typing.Optional[builtins.str] = None,
        uri: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchUri", typing.Dict[builtins.str, typing.Any]]] = None,
        without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchWithoutHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param authority: 
        :param gateways: 
        :param headers: 
        :param ignore_uri_case: 
        :param method: 
        :param name: 
        :param port: 
        :param query_params: 
        :param scheme: 
        :param source_labels: 
        :param source_namespace: 
        :param stat_prefix: 
        :param uri: 
        :param without_headers: 

        :schema: VirtualServiceSpecHttpMatch
        '''
        if isinstance(authority, dict):
            authority = VirtualServiceSpecHttpMatchAuthority(**authority)
        if isinstance(method, dict):
            method = VirtualServiceSpecHttpMatchMethod(**method)
        if isinstance(scheme, dict):
            scheme = VirtualServiceSpecHttpMatchScheme(**scheme)
        if isinstance(uri, dict):
            uri = VirtualServiceSpecHttpMatchUri(**uri)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e6679c04e607646075aee5fa68635bde01655f6fc6849ade7948397bb34bfc9)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument ignore_uri_case", value=ignore_uri_case, expected_type=type_hints["ignore_uri_case"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument stat_prefix", value=stat_prefix, expected_type=type_hints["stat_prefix"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument without_headers", value=without_headers, expected_type=type_hints["without_headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if gateways is not None:
            self._values["gateways"] = gateways
        if headers is not None:
            self._values["headers"] = headers
        if ignore_uri_case is not None:
            self._values["ignore_uri_case"] = ignore_uri_case
        if method is not None:
            self._values["method"] = method
        if name is not None:
            self._values["name"] = name
        if port is not None:
            self._values["port"] = port
        if query_params is not None:
            self._values["query_params"] = query_params
        if scheme is not None:
            self._values["scheme"] = scheme
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if stat_prefix is not None:
            self._values["stat_prefix"] = stat_prefix
        if uri is not None:
            self._values["uri"] = uri
        if without_headers is not None:
            self._values["without_headers"] = without_headers

    @builtins.property
    def authority(self) -> typing.Optional["VirtualServiceSpecHttpMatchAuthority"]:
        '''
        :schema: VirtualServiceSpecHttpMatch#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchAuthority"], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchHeaders"]]:
        '''
        :schema: VirtualServiceSpecHttpMatch#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchHeaders"]], result)

    @builtins.property
    def ignore_uri_case(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VirtualServiceSpecHttpMatch#ignoreUriCase
        '''
        result = self._values.get("ignore_uri_case")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def method(self) -> typing.Optional["VirtualServiceSpecHttpMatchMethod"]:
        '''
        :schema: VirtualServiceSpecHttpMatch#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchMethod"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatch#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchQueryParams"]]:
        '''
        :schema: VirtualServiceSpecHttpMatch#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchQueryParams"]], result)

    @builtins.property
    def scheme(self) -> typing.Optional["VirtualServiceSpecHttpMatchScheme"]:
        '''
        :schema: VirtualServiceSpecHttpMatch#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchScheme"], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stat_prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatch#statPrefix
        '''
        result = self._values.get("stat_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional["VirtualServiceSpecHttpMatchUri"]:
        '''
        :schema: VirtualServiceSpecHttpMatch#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchUri"], result)

    @builtins.property
    def without_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchWithoutHeaders"]]:
        '''
        :schema: VirtualServiceSpecHttpMatch#withoutHeaders
        '''
        result = self._values.get("without_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchWithoutHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMatchAuthority",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchAuthority:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 

        :schema: VirtualServiceSpecHttpMatchAuthority
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1b4382ccee48fcf2cd36945ff8f12fe694d5befa8beac06501dbd8513d9e539)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchAuthority(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMatchHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 

        :schema: VirtualServiceSpecHttpMatchHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f6775ac88feb89402d4b4d0d395505a3809e99c454b91c48cd03f1275d0ae22)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMatchMethod",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchMethod:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 

        :schema: VirtualServiceSpecHttpMatchMethod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c2475651d53eb91b3482e19ad1b749d6265146898f38e92e46a8be0dc5cdc75)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchMethod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMatchQueryParams",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchQueryParams:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 

        :schema: VirtualServiceSpecHttpMatchQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__612b53995446db2a985db53b447411f0ada83705f298a58bb130f4e32f234b43)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMatchScheme",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchScheme:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 

        :schema: VirtualServiceSpecHttpMatchScheme
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1014466e645e2d46693c1afd6e97187d9ab25b4cb5d26f340e4c81d211f6128)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchScheme(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMatchUri",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchUri:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 

        :schema: VirtualServiceSpecHttpMatchUri
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87e6fbaf31e37b46a430f0de4ea48db75969e2b55b953d26404fcd57071aaf90)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchUri(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMatchWithoutHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchWithoutHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 

        :schema: VirtualServiceSpecHttpMatchWithoutHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ce0c1c56f2acb6821f374dc85e3f18524c5a6b457e258129272f70625b9182d)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchWithoutHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMirror",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpMirror:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param subset: 

        :schema: VirtualServiceSpecHttpMirror
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpMirrorPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6be57417319b9653937ca8951a5d82b8c573373e83972599b36ee6f860065d4e)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''
        :schema: VirtualServiceSpecHttpMirror#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpMirrorPort"]:
        '''
        :schema: VirtualServiceSpecHttpMirror#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMirror#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMirrorPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpMirrorPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param value: 

        :schema: VirtualServiceSpecHttpMirrorPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6abb8faf8937004f61ad4c323b85fb600b8116fba6fa3f2da42ef52e26830475)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMirrorPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpMirrorPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param number: 

        :schema: VirtualServiceSpecHttpMirrorPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__359cf080bd1b5f3af09fd9373dee72788ee6a1311d07cf108fdef9309a6b02ba)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMirrors",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "percentage": "percentage"},
)
class VirtualServiceSpecHttpMirrors:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecHttpMirrorsDestination", typing.Dict[builtins.str, typing.Any]],
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorsPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param destination: 
        :param percentage: 

        :schema: VirtualServiceSpecHttpMirrors
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecHttpMirrorsDestination(**destination)
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpMirrorsPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f61653044b929380ffc6d5ded6c6722fcaa62846e6b0fbfba5793e194753d9e6)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def destination(self) -> "VirtualServiceSpecHttpMirrorsDestination":
        '''
        :schema: VirtualServiceSpecHttpMirrors#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecHttpMirrorsDestination", result)

    @builtins.property
    def percentage(self) -> typing.Optional["VirtualServiceSpecHttpMirrorsPercentage"]:
        '''
        :schema: VirtualServiceSpecHttpMirrors#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorsPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMirrorsDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpMirrorsDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorsDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param subset: 

        :schema: VirtualServiceSpecHttpMirrorsDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpMirrorsDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03c16e529e42c0e772ac2528579e0fbad0a2b14af458ba03886ea8c07d5a6f11)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''
        :schema: VirtualServiceSpecHttpMirrorsDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpMirrorsDestinationPort"]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorsDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMirrorsDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpMirrorsDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param number: 

        :schema: VirtualServiceSpecHttpMirrorsDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f86475e1cab607d7d60173a1efc0f1c9c6d6a7af7e7373dd672e995659fb6e75)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpMirrorsPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpMirrorsPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param value: 

        :schema: VirtualServiceSpecHttpMirrorsPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1aa6785fd7c525bbaa57e60f6c626b240b1a1bb8bf09859edc69f1a19c97501a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "derive_port": "derivePort",
        "port": "port",
        "redirect_code": "redirectCode",
        "scheme": "scheme",
        "uri": "uri",
    },
)
class VirtualServiceSpecHttpRedirect:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        derive_port: typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"] = None,
        port: typing.Optional[jsii.Number] = None,
        redirect_code: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param authority: 
        :param derive_port: 
        :param port: 
        :param redirect_code: 
        :param scheme: 
        :param uri: 

        :schema: VirtualServiceSpecHttpRedirect
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55e5d44576e516e3bb4e0eaf57db524aafacbff2c87b80bceeb4cf04b3e8f960)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument derive_port", value=derive_port, expected_type=type_hints["derive_port"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument redirect_code", value=redirect_code, expected_type=type_hints["redirect_code"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if derive_port is not None:
            self._values["derive_port"] = derive_port
        if port is not None:
            self._values["port"] = port
        if redirect_code is not None:
            self._values["redirect_code"] = redirect_code
        if scheme is not None:
            self._values["scheme"] = scheme
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRedirect#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def derive_port(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"]:
        '''
        :schema: VirtualServiceSpecHttpRedirect#derivePort
        '''
        result = self._values.get("derive_port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def redirect_code(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpRedirect#redirectCode
        '''
        result = self._values.get("redirect_code")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRedirect#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistionetworking.VirtualServiceSpecHttpRedirectDerivePort")
class VirtualServiceSpecHttpRedirectDerivePort(enum.Enum):
    '''
    :schema: VirtualServiceSpecHttpRedirectDerivePort
    '''

    FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT = "FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT"
    '''FROM_PROTOCOL_DEFAULT.'''
    FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT = "FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT"
    '''FROM_REQUEST_PORT.'''


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRetries",
    jsii_struct_bases=[],
    name_mapping={
        "attempts": "attempts",
        "backoff": "backoff",
        "per_try_timeout": "perTryTimeout",
        "retry_ignore_previous_hosts": "retryIgnorePreviousHosts",
        "retry_on": "retryOn",
        "retry_remote_localities": "retryRemoteLocalities",
    },
)
class VirtualServiceSpecHttpRetries:
    def __init__(
        self,
        *,
        attempts: typing.Optional[jsii.Number] = None,
        backoff: typing.Optional[builtins.str] = None,
        per_try_timeout: typing.Optional[builtins.str] = None,
        retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
        retry_on: typing.Optional[builtins.str] = None,
        retry_remote_localities: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param attempts: 
        :param backoff: 
        :param per_try_timeout: 
        :param retry_ignore_previous_hosts: 
        :param retry_on: 
        :param retry_remote_localities: 

        :schema: VirtualServiceSpecHttpRetries
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1dfa557ebcfef7c405c6b962fc05c63b683a1f7cfcedf425d445ef3aaaa2fe6c)
            check_type(argname="argument attempts", value=attempts, expected_type=type_hints["attempts"])
            check_type(argname="argument backoff", value=backoff, expected_type=type_hints["backoff"])
            check_type(argname="argument per_try_timeout", value=per_try_timeout, expected_type=type_hints["per_try_timeout"])
            check_type(argname="argument retry_ignore_previous_hosts", value=retry_ignore_previous_hosts, expected_type=type_hints["retry_ignore_previous_hosts"])
            check_type(argname="argument retry_on", value=retry_on, expected_type=type_hints["retry_on"])
            check_type(argname="argument retry_remote_localities", value=retry_remote_localities, expected_type=type_hints["retry_remote_localities"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attempts is not None:
            self._values["attempts"] = attempts
        if backoff is not None:
            self._values["backoff"] = backoff
        if per_try_timeout is not None:
            self._values["per_try_timeout"] = per_try_timeout
        if retry_ignore_previous_hosts is not None:
            self._values["retry_ignore_previous_hosts"] = retry_ignore_previous_hosts
        if retry_on is not None:
            self._values["retry_on"] = retry_on
        if retry_remote_localities is not None:
            self._values["retry_remote_localities"] = retry_remote_localities

    @builtins.property
    def attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpRetries#attempts
        '''
        result = self._values.get("attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backoff(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRetries#backoff
        '''
        result = self._values.get("backoff")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def per_try_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRetries#perTryTimeout
        '''
        result = self._values.get("per_try_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_ignore_previous_hosts(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VirtualServiceSpecHttpRetries#retryIgnorePreviousHosts
        '''
        result = self._values.get("retry_ignore_previous_hosts")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def retry_on(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRetries#retryOn
        '''
        result = self._values.get("retry_on")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_remote_localities(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VirtualServiceSpecHttpRetries#retryRemoteLocalities
        '''
        result = self._values.get("retry_remote_localities")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRetries(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRewrite",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "uri": "uri",
        "uri_regex_rewrite": "uriRegexRewrite",
    },
)
class VirtualServiceSpecHttpRewrite:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        uri_regex_rewrite: typing.Optional[typing.Union["VirtualServiceSpecHttpRewriteUriRegexRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param authority: 
        :param uri: 
        :param uri_regex_rewrite: 

        :schema: VirtualServiceSpecHttpRewrite
        '''
        if isinstance(uri_regex_rewrite, dict):
            uri_regex_rewrite = VirtualServiceSpecHttpRewriteUriRegexRewrite(**uri_regex_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f322f1b3650874cd4a1aa7f13950db289a8d30d4e5974a009b852c0c305c4787)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument uri_regex_rewrite", value=uri_regex_rewrite, expected_type=type_hints["uri_regex_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if uri is not None:
            self._values["uri"] = uri
        if uri_regex_rewrite is not None:
            self._values["uri_regex_rewrite"] = uri_regex_rewrite

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRewrite#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRewrite#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri_regex_rewrite(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpRewriteUriRegexRewrite"]:
        '''
        :schema: VirtualServiceSpecHttpRewrite#uriRegexRewrite
        '''
        result = self._values.get("uri_regex_rewrite")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRewriteUriRegexRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRewriteUriRegexRewrite",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "rewrite": "rewrite"},
)
class VirtualServiceSpecHttpRewriteUriRegexRewrite:
    def __init__(
        self,
        *,
        match: typing.Optional[builtins.str] = None,
        rewrite: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param match: 
        :param rewrite: 

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f6fea750802be9932e672b24e910bca72accd04b6d934f0fb412025625ab556)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if rewrite is not None:
            self._values["rewrite"] = rewrite

    @builtins.property
    def match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRewriteUriRegexRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRoute",
    jsii_struct_bases=[],
    name_mapping={
        "destination": "destination",
        "headers": "headers",
        "weight": "weight",
    },
)
class VirtualServiceSpecHttpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecHttpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        headers: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: 
        :param headers: 
        :param weight: 

        :schema: VirtualServiceSpecHttpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecHttpRouteDestination(**destination)
        if isinstance(headers, dict):
            headers = VirtualServiceSpecHttpRouteHeaders(**headers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36467b5047d97cf59f9edc3965e5b42908a70a8614c069eb29b24bc966ddf27f)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if headers is not None:
            self._values["headers"] = headers
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecHttpRouteDestination":
        '''
        :schema: VirtualServiceSpecHttpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecHttpRouteDestination", result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeaders"]:
        '''
        :schema: VirtualServiceSpecHttpRoute#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeaders"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param subset: 

        :schema: VirtualServiceSpecHttpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd9f90d355e36a374dda9c919899ab911122aaf11047e8cc7a6562a152e2c802)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''
        :schema: VirtualServiceSpecHttpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpRouteDestinationPort"]:
        '''
        :schema: VirtualServiceSpecHttpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param number: 

        :schema: VirtualServiceSpecHttpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18ffbb0879514b6c7d658c7ffa0d478bdc1ac413f0bd760e684f97ad136120c0)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRouteHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceSpecHttpRouteHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceSpecHttpRouteHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceSpecHttpRouteHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceSpecHttpRouteHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39f60c255bfd6d5d848a248375a2de30dfa226e42c20e1783eaf6685c2149b05)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeadersRequest"]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeadersResponse"]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRouteHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpRouteHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpRouteHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35c55dd26e7184741fe8e4c6a64e0a67ebc724e049c0e046bd5d3def1ecfbc68)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecHttpRouteHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpRouteHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpRouteHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc13481dd0178c3e54b5cfb9b924d5922d0bbacb3c086f75cf9dce2d8a3057ab)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTcp",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceSpecTcp:
    def __init__(
        self,
        *,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: 
        :param route: 

        :schema: VirtualServiceSpecTcp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8e792882448bb7f109ff3e373a0d7a281e3b7e202b3990ee893c2b7e7bb2458)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.Optional[typing.List["VirtualServiceSpecTcpMatch"]]:
        '''
        :schema: VirtualServiceSpecTcp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcpMatch"]], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecTcpRoute"]]:
        '''
        :schema: VirtualServiceSpecTcp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcpRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTcpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "source_subnet": "sourceSubnet",
    },
)
class VirtualServiceSpecTcpMatch:
    def __init__(
        self,
        *,
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        source_subnet: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_subnets: 
        :param gateways: 
        :param port: 
        :param source_labels: 
        :param source_namespace: 
        :param source_subnet: 

        :schema: VirtualServiceSpecTcpMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__713403965d4b6e07254f4526414e3182830e602f78c58ddc62004ac25652c1fa)
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument source_subnet", value=source_subnet, expected_type=type_hints["source_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if source_subnet is not None:
            self._values["source_subnet"] = source_subnet

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecTcpMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecTcpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTcpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecTcpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecTcpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_subnet(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecTcpMatch#sourceSubnet
        '''
        result = self._values.get("source_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTcpRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceSpecTcpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecTcpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: 
        :param weight: 

        :schema: VirtualServiceSpecTcpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecTcpRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1de28344d5ad2260df808a8e575c49c89a71f73b85972d0dc8be6ff3bb5f125b)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecTcpRouteDestination":
        '''
        :schema: VirtualServiceSpecTcpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecTcpRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTcpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTcpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecTcpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecTcpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param subset: 

        :schema: VirtualServiceSpecTcpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecTcpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8716779b34afea8ca7be413ceeaf311fd3adbb6a57d839b76fd60df0ce4e15c)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''
        :schema: VirtualServiceSpecTcpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecTcpRouteDestinationPort"]:
        '''
        :schema: VirtualServiceSpecTcpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecTcpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecTcpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTcpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecTcpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param number: 

        :schema: VirtualServiceSpecTcpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ad86a4dc84bb05a4554e1c8c8d431fa1484dde812abf505715515534388925a9)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTcpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTls",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceSpecTls:
    def __init__(
        self,
        *,
        match: typing.Sequence[typing.Union["VirtualServiceSpecTlsMatch", typing.Dict[builtins.str, typing.Any]]],
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTlsRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: 
        :param route: 

        :schema: VirtualServiceSpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b4c58ff9d31245efe79503b11b76f1a922da6a0bcad014536a18e2b9172982c)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.List["VirtualServiceSpecTlsMatch"]:
        '''
        :schema: VirtualServiceSpecTls#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(typing.List["VirtualServiceSpecTlsMatch"], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecTlsRoute"]]:
        '''
        :schema: VirtualServiceSpecTls#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTlsRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTlsMatch",
    jsii_struct_bases=[],
    name_mapping={
        "sni_hosts": "sniHosts",
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
    },
)
class VirtualServiceSpecTlsMatch:
    def __init__(
        self,
        *,
        sni_hosts: typing.Sequence[builtins.str],
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param sni_hosts: 
        :param destination_subnets: 
        :param gateways: 
        :param port: 
        :param source_labels: 
        :param source_namespace: 

        :schema: VirtualServiceSpecTlsMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a23c536a4546bf03b33e1f7273cabfb4a746a9272c63540d7d4dcb13557ef146)
            check_type(argname="argument sni_hosts", value=sni_hosts, expected_type=type_hints["sni_hosts"])
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "sni_hosts": sni_hosts,
        }
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace

    @builtins.property
    def sni_hosts(self) -> typing.List[builtins.str]:
        '''
        :schema: VirtualServiceSpecTlsMatch#sniHosts
        '''
        result = self._values.get("sni_hosts")
        assert result is not None, "Required property 'sni_hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecTlsMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecTlsMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTlsMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecTlsMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecTlsMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTlsRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceSpecTlsRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecTlsRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: 
        :param weight: 

        :schema: VirtualServiceSpecTlsRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecTlsRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__486a438678ba48cdc3e910ff6094f4466ed74795a4c5ad7d6f87424a3775f740)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecTlsRouteDestination":
        '''
        :schema: VirtualServiceSpecTlsRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecTlsRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTlsRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTlsRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecTlsRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecTlsRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param subset: 

        :schema: VirtualServiceSpecTlsRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecTlsRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__efded2158ab5449021049f4f922110bb19ff62a759bcda62cd47486d78816a03)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''
        :schema: VirtualServiceSpecTlsRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecTlsRouteDestinationPort"]:
        '''
        :schema: VirtualServiceSpecTlsRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecTlsRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecTlsRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.VirtualServiceSpecTlsRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecTlsRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param number: 

        :schema: VirtualServiceSpecTlsRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9a9b966a48ff29942b16f20686b9da5413696505eb8ef4a46430a318fd07c3c)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTlsRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class WorkloadEntry(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.WorkloadEntry",
):
    '''
    :schema: WorkloadEntry
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["WorkloadEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "WorkloadEntry" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b1e9a6251a6fff875319567f55e17e03ddce87ccd70980a60ea199d8ff2fffc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = WorkloadEntryProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["WorkloadEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "WorkloadEntry".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = WorkloadEntryProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "WorkloadEntry".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadEntryProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class WorkloadEntryProps:
    def __init__(
        self,
        *,
        spec: typing.Union["WorkloadEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: WorkloadEntry
        '''
        if isinstance(spec, dict):
            spec = WorkloadEntrySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd1d9f26f1d5230c0c05bbc11280fe73d40c11942c6095a183f28d7f33da2bd9)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "WorkloadEntrySpec":
        '''
        :schema: WorkloadEntry#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("WorkloadEntrySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: WorkloadEntry#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadEntryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadEntrySpec",
    jsii_struct_bases=[],
    name_mapping={
        "address": "address",
        "labels": "labels",
        "locality": "locality",
        "network": "network",
        "ports": "ports",
        "service_account": "serviceAccount",
        "weight": "weight",
    },
)
class WorkloadEntrySpec:
    def __init__(
        self,
        *,
        address: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        locality: typing.Optional[builtins.str] = None,
        network: typing.Optional[builtins.str] = None,
        ports: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
        service_account: typing.Optional[builtins.str] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param address: 
        :param labels: 
        :param locality: 
        :param network: 
        :param ports: 
        :param service_account: 
        :param weight: 

        :schema: WorkloadEntrySpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d4e4fb9c4bd4d8c9e525b57582ab86a66e991d0294e9e6c68d4232e6be05c22)
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument locality", value=locality, expected_type=type_hints["locality"])
            check_type(argname="argument network", value=network, expected_type=type_hints["network"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if address is not None:
            self._values["address"] = address
        if labels is not None:
            self._values["labels"] = labels
        if locality is not None:
            self._values["locality"] = locality
        if network is not None:
            self._values["network"] = network
        if ports is not None:
            self._values["ports"] = ports
        if service_account is not None:
            self._values["service_account"] = service_account
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def address(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadEntrySpec#address
        '''
        result = self._values.get("address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: WorkloadEntrySpec#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def locality(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadEntrySpec#locality
        '''
        result = self._values.get("locality")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadEntrySpec#network
        '''
        result = self._values.get("network")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: WorkloadEntrySpec#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    @builtins.property
    def service_account(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadEntrySpec#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkloadEntrySpec#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadEntrySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class WorkloadGroup(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistionetworking.WorkloadGroup",
):
    '''
    :schema: WorkloadGroup
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["WorkloadGroupSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "WorkloadGroup" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba25c2105ef4437a8b8b85e2d4b93aad3cca5a0d1b9d8a992a73c240942bc1fe)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = WorkloadGroupProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["WorkloadGroupSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "WorkloadGroup".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = WorkloadGroupProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "WorkloadGroup".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class WorkloadGroupProps:
    def __init__(
        self,
        *,
        spec: typing.Union["WorkloadGroupSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: WorkloadGroup
        '''
        if isinstance(spec, dict):
            spec = WorkloadGroupSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f11be48a494d44f3d0353d0860b3e73bfc7850d3d533cbd4f75088ecc06195ff)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "WorkloadGroupSpec":
        '''
        :schema: WorkloadGroup#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("WorkloadGroupSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: WorkloadGroup#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpec",
    jsii_struct_bases=[],
    name_mapping={"template": "template", "metadata": "metadata", "probe": "probe"},
)
class WorkloadGroupSpec:
    def __init__(
        self,
        *,
        template: typing.Union["WorkloadGroupSpecTemplate", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["WorkloadGroupSpecMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        probe: typing.Optional[typing.Union["WorkloadGroupSpecProbe", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param template: 
        :param metadata: 
        :param probe: 

        :schema: WorkloadGroupSpec
        '''
        if isinstance(template, dict):
            template = WorkloadGroupSpecTemplate(**template)
        if isinstance(metadata, dict):
            metadata = WorkloadGroupSpecMetadata(**metadata)
        if isinstance(probe, dict):
            probe = WorkloadGroupSpecProbe(**probe)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9362fb7d5bb8cf67d9552938f77bdb32e70ac50de88616b75503a11613d97236)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument probe", value=probe, expected_type=type_hints["probe"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }
        if metadata is not None:
            self._values["metadata"] = metadata
        if probe is not None:
            self._values["probe"] = probe

    @builtins.property
    def template(self) -> "WorkloadGroupSpecTemplate":
        '''
        :schema: WorkloadGroupSpec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("WorkloadGroupSpecTemplate", result)

    @builtins.property
    def metadata(self) -> typing.Optional["WorkloadGroupSpecMetadata"]:
        '''
        :schema: WorkloadGroupSpec#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["WorkloadGroupSpecMetadata"], result)

    @builtins.property
    def probe(self) -> typing.Optional["WorkloadGroupSpecProbe"]:
        '''
        :schema: WorkloadGroupSpec#probe
        '''
        result = self._values.get("probe")
        return typing.cast(typing.Optional["WorkloadGroupSpecProbe"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpecMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class WorkloadGroupSpecMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 

        :schema: WorkloadGroupSpecMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c37f01cb1176ef32a3b87209c89083a9987add510a24d510400facebb5c27789)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: WorkloadGroupSpecMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: WorkloadGroupSpecMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpecMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpecProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "timeout_seconds": "timeoutSeconds",
    },
)
class WorkloadGroupSpecProbe:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["WorkloadGroupSpecProbeExec", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Optional[typing.Union["WorkloadGroupSpecProbeGrpc", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["WorkloadGroupSpecProbeHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Optional[typing.Union["WorkloadGroupSpecProbeTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param exec: 
        :param failure_threshold: 
        :param grpc: 
        :param http_get: 
        :param initial_delay_seconds: 
        :param period_seconds: 
        :param success_threshold: 
        :param tcp_socket: 
        :param timeout_seconds: 

        :schema: WorkloadGroupSpecProbe
        '''
        if isinstance(exec, dict):
            exec = WorkloadGroupSpecProbeExec(**exec)
        if isinstance(grpc, dict):
            grpc = WorkloadGroupSpecProbeGrpc(**grpc)
        if isinstance(http_get, dict):
            http_get = WorkloadGroupSpecProbeHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = WorkloadGroupSpecProbeTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b11abb6068e31b077222c0a712e26f62f60707399ec028183147bcaa7851123)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Optional["WorkloadGroupSpecProbeExec"]:
        '''
        :schema: WorkloadGroupSpecProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["WorkloadGroupSpecProbeExec"], result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkloadGroupSpecProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Optional["WorkloadGroupSpecProbeGrpc"]:
        '''
        :schema: WorkloadGroupSpecProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Optional["WorkloadGroupSpecProbeGrpc"], result)

    @builtins.property
    def http_get(self) -> typing.Optional["WorkloadGroupSpecProbeHttpGet"]:
        '''
        :schema: WorkloadGroupSpecProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["WorkloadGroupSpecProbeHttpGet"], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkloadGroupSpecProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkloadGroupSpecProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkloadGroupSpecProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(self) -> typing.Optional["WorkloadGroupSpecProbeTcpSocket"]:
        '''
        :schema: WorkloadGroupSpecProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["WorkloadGroupSpecProbeTcpSocket"], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkloadGroupSpecProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpecProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpecProbeExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class WorkloadGroupSpecProbeExec:
    def __init__(self, *, command: typing.Sequence[builtins.str]) -> None:
        '''
        :param command: 

        :schema: WorkloadGroupSpecProbeExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__644f0299aad34b5f615049d284e6b4a20cb0d3a4c7cb01acecfd646308656487)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }

    @builtins.property
    def command(self) -> typing.List[builtins.str]:
        '''
        :schema: WorkloadGroupSpecProbeExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpecProbeExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpecProbeGrpc",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "service": "service"},
)
class WorkloadGroupSpecProbeGrpc:
    def __init__(
        self,
        *,
        port: typing.Optional[jsii.Number] = None,
        service: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param service: 

        :schema: WorkloadGroupSpecProbeGrpc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4e16358a6c46799c4a7590f1aece8dc42aa3f591bdffd62b8bf450ebbee442d)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if port is not None:
            self._values["port"] = port
        if service is not None:
            self._values["service"] = service

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkloadGroupSpecProbeGrpc#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecProbeGrpc#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpecProbeGrpc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpecProbeHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class WorkloadGroupSpecProbeHttpGet:
    def __init__(
        self,
        *,
        port: jsii.Number,
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["WorkloadGroupSpecProbeHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: WorkloadGroupSpecProbeHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb2e499f8f6e237a50fa7bbbf17b90405d14e743ba69fa8a9a258e13485e95c8)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: WorkloadGroupSpecProbeHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecProbeHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["WorkloadGroupSpecProbeHttpGetHttpHeaders"]]:
        '''
        :schema: WorkloadGroupSpecProbeHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["WorkloadGroupSpecProbeHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecProbeHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecProbeHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpecProbeHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpecProbeHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class WorkloadGroupSpecProbeHttpGetHttpHeaders:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: WorkloadGroupSpecProbeHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a59479e79f73b203c300d45f8a78cc2df39adaea5794a53b96fb9e69a7b2be9b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecProbeHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecProbeHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpecProbeHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpecProbeTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class WorkloadGroupSpecProbeTcpSocket:
    def __init__(
        self,
        *,
        port: jsii.Number,
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: WorkloadGroupSpecProbeTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a0e796a0c6f0df023421e1be34bf5cc0924a1bc175b71065b7d7d2230af11ab)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: WorkloadGroupSpecProbeTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecProbeTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpecProbeTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistionetworking.WorkloadGroupSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "address": "address",
        "labels": "labels",
        "locality": "locality",
        "network": "network",
        "ports": "ports",
        "service_account": "serviceAccount",
        "weight": "weight",
    },
)
class WorkloadGroupSpecTemplate:
    def __init__(
        self,
        *,
        address: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        locality: typing.Optional[builtins.str] = None,
        network: typing.Optional[builtins.str] = None,
        ports: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
        service_account: typing.Optional[builtins.str] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param address: 
        :param labels: 
        :param locality: 
        :param network: 
        :param ports: 
        :param service_account: 
        :param weight: 

        :schema: WorkloadGroupSpecTemplate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a5ced295945ed36e1acbf51b81a43a98bc2080084668f98ae0965c42107b110)
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument locality", value=locality, expected_type=type_hints["locality"])
            check_type(argname="argument network", value=network, expected_type=type_hints["network"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if address is not None:
            self._values["address"] = address
        if labels is not None:
            self._values["labels"] = labels
        if locality is not None:
            self._values["locality"] = locality
        if network is not None:
            self._values["network"] = network
        if ports is not None:
            self._values["ports"] = ports
        if service_account is not None:
            self._values["service_account"] = service_account
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def address(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecTemplate#address
        '''
        result = self._values.get("address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: WorkloadGroupSpecTemplate#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def locality(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecTemplate#locality
        '''
        result = self._values.get("locality")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecTemplate#network
        '''
        result = self._values.get("network")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: WorkloadGroupSpecTemplate#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    @builtins.property
    def service_account(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkloadGroupSpecTemplate#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkloadGroupSpecTemplate#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkloadGroupSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "DestinationRule",
    "DestinationRuleProps",
    "DestinationRuleSpec",
    "DestinationRuleSpecSubsets",
    "DestinationRuleSpecSubsetsTrafficPolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPool",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup",
    "DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode",
    "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol",
    "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion",
    "DestinationRuleSpecSubsetsTrafficPolicyRetryBudget",
    "DestinationRuleSpecSubsetsTrafficPolicyTls",
    "DestinationRuleSpecSubsetsTrafficPolicyTlsMode",
    "DestinationRuleSpecSubsetsTrafficPolicyTunnel",
    "DestinationRuleSpecTrafficPolicy",
    "DestinationRuleSpecTrafficPolicyConnectionPool",
    "DestinationRuleSpecTrafficPolicyConnectionPoolHttp",
    "DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecTrafficPolicyConnectionPoolTcp",
    "DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecTrafficPolicyLoadBalancer",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecTrafficPolicyLoadBalancerSimple",
    "DestinationRuleSpecTrafficPolicyLoadBalancerWarmup",
    "DestinationRuleSpecTrafficPolicyOutlierDetection",
    "DestinationRuleSpecTrafficPolicyPortLevelSettings",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsPort",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsTls",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode",
    "DestinationRuleSpecTrafficPolicyProxyProtocol",
    "DestinationRuleSpecTrafficPolicyProxyProtocolVersion",
    "DestinationRuleSpecTrafficPolicyRetryBudget",
    "DestinationRuleSpecTrafficPolicyTls",
    "DestinationRuleSpecTrafficPolicyTlsMode",
    "DestinationRuleSpecTrafficPolicyTunnel",
    "DestinationRuleSpecWorkloadSelector",
    "EnvoyFilter",
    "EnvoyFilterProps",
    "EnvoyFilterSpec",
    "EnvoyFilterSpecConfigPatches",
    "EnvoyFilterSpecConfigPatchesApplyTo",
    "EnvoyFilterSpecConfigPatchesMatch",
    "EnvoyFilterSpecConfigPatchesMatchCluster",
    "EnvoyFilterSpecConfigPatchesMatchContext",
    "EnvoyFilterSpecConfigPatchesMatchListener",
    "EnvoyFilterSpecConfigPatchesMatchListenerFilterChain",
    "EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter",
    "EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter",
    "EnvoyFilterSpecConfigPatchesMatchProxy",
    "EnvoyFilterSpecConfigPatchesMatchRouteConfiguration",
    "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost",
    "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute",
    "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction",
    "EnvoyFilterSpecConfigPatchesMatchWaypoint",
    "EnvoyFilterSpecConfigPatchesMatchWaypointFilter",
    "EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter",
    "EnvoyFilterSpecConfigPatchesMatchWaypointRoute",
    "EnvoyFilterSpecConfigPatchesPatch",
    "EnvoyFilterSpecConfigPatchesPatchFilterClass",
    "EnvoyFilterSpecConfigPatchesPatchOperation",
    "EnvoyFilterSpecTargetRefs",
    "EnvoyFilterSpecWorkloadSelector",
    "Gateway",
    "GatewayProps",
    "GatewaySpec",
    "GatewaySpecServers",
    "GatewaySpecServersPort",
    "GatewaySpecServersTls",
    "GatewaySpecServersTlsMaxProtocolVersion",
    "GatewaySpecServersTlsMinProtocolVersion",
    "GatewaySpecServersTlsMode",
    "GatewaySpecServersTlsTlsCertificates",
    "ProxyConfig",
    "ProxyConfigProps",
    "ProxyConfigSpec",
    "ProxyConfigSpecImage",
    "ProxyConfigSpecSelector",
    "ServiceEntry",
    "ServiceEntryProps",
    "ServiceEntrySpec",
    "ServiceEntrySpecEndpoints",
    "ServiceEntrySpecLocation",
    "ServiceEntrySpecPorts",
    "ServiceEntrySpecResolution",
    "ServiceEntrySpecWorkloadSelector",
    "Sidecar",
    "SidecarProps",
    "SidecarSpec",
    "SidecarSpecEgress",
    "SidecarSpecEgressCaptureMode",
    "SidecarSpecEgressPort",
    "SidecarSpecInboundConnectionPool",
    "SidecarSpecInboundConnectionPoolHttp",
    "SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy",
    "SidecarSpecInboundConnectionPoolTcp",
    "SidecarSpecInboundConnectionPoolTcpTcpKeepalive",
    "SidecarSpecIngress",
    "SidecarSpecIngressCaptureMode",
    "SidecarSpecIngressConnectionPool",
    "SidecarSpecIngressConnectionPoolHttp",
    "SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy",
    "SidecarSpecIngressConnectionPoolTcp",
    "SidecarSpecIngressConnectionPoolTcpTcpKeepalive",
    "SidecarSpecIngressPort",
    "SidecarSpecIngressTls",
    "SidecarSpecIngressTlsMaxProtocolVersion",
    "SidecarSpecIngressTlsMinProtocolVersion",
    "SidecarSpecIngressTlsMode",
    "SidecarSpecIngressTlsTlsCertificates",
    "SidecarSpecOutboundTrafficPolicy",
    "SidecarSpecOutboundTrafficPolicyEgressProxy",
    "SidecarSpecOutboundTrafficPolicyEgressProxyPort",
    "SidecarSpecOutboundTrafficPolicyMode",
    "SidecarSpecWorkloadSelector",
    "VirtualService",
    "VirtualServiceProps",
    "VirtualServiceSpec",
    "VirtualServiceSpecHttp",
    "VirtualServiceSpecHttpCorsPolicy",
    "VirtualServiceSpecHttpCorsPolicyAllowOrigins",
    "VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights",
    "VirtualServiceSpecHttpDelegate",
    "VirtualServiceSpecHttpDirectResponse",
    "VirtualServiceSpecHttpDirectResponseBody",
    "VirtualServiceSpecHttpFault",
    "VirtualServiceSpecHttpFaultAbort",
    "VirtualServiceSpecHttpFaultAbortPercentage",
    "VirtualServiceSpecHttpFaultDelay",
    "VirtualServiceSpecHttpFaultDelayPercentage",
    "VirtualServiceSpecHttpHeaders",
    "VirtualServiceSpecHttpHeadersRequest",
    "VirtualServiceSpecHttpHeadersResponse",
    "VirtualServiceSpecHttpMatch",
    "VirtualServiceSpecHttpMatchAuthority",
    "VirtualServiceSpecHttpMatchHeaders",
    "VirtualServiceSpecHttpMatchMethod",
    "VirtualServiceSpecHttpMatchQueryParams",
    "VirtualServiceSpecHttpMatchScheme",
    "VirtualServiceSpecHttpMatchUri",
    "VirtualServiceSpecHttpMatchWithoutHeaders",
    "VirtualServiceSpecHttpMirror",
    "VirtualServiceSpecHttpMirrorPercentage",
    "VirtualServiceSpecHttpMirrorPort",
    "VirtualServiceSpecHttpMirrors",
    "VirtualServiceSpecHttpMirrorsDestination",
    "VirtualServiceSpecHttpMirrorsDestinationPort",
    "VirtualServiceSpecHttpMirrorsPercentage",
    "VirtualServiceSpecHttpRedirect",
    "VirtualServiceSpecHttpRedirectDerivePort",
    "VirtualServiceSpecHttpRetries",
    "VirtualServiceSpecHttpRewrite",
    "VirtualServiceSpecHttpRewriteUriRegexRewrite",
    "VirtualServiceSpecHttpRoute",
    "VirtualServiceSpecHttpRouteDestination",
    "VirtualServiceSpecHttpRouteDestinationPort",
    "VirtualServiceSpecHttpRouteHeaders",
    "VirtualServiceSpecHttpRouteHeadersRequest",
    "VirtualServiceSpecHttpRouteHeadersResponse",
    "VirtualServiceSpecTcp",
    "VirtualServiceSpecTcpMatch",
    "VirtualServiceSpecTcpRoute",
    "VirtualServiceSpecTcpRouteDestination",
    "VirtualServiceSpecTcpRouteDestinationPort",
    "VirtualServiceSpecTls",
    "VirtualServiceSpecTlsMatch",
    "VirtualServiceSpecTlsRoute",
    "VirtualServiceSpecTlsRouteDestination",
    "VirtualServiceSpecTlsRouteDestinationPort",
    "WorkloadEntry",
    "WorkloadEntryProps",
    "WorkloadEntrySpec",
    "WorkloadGroup",
    "WorkloadGroupProps",
    "WorkloadGroupSpec",
    "WorkloadGroupSpecMetadata",
    "WorkloadGroupSpecProbe",
    "WorkloadGroupSpecProbeExec",
    "WorkloadGroupSpecProbeGrpc",
    "WorkloadGroupSpecProbeHttpGet",
    "WorkloadGroupSpecProbeHttpGetHttpHeaders",
    "WorkloadGroupSpecProbeTcpSocket",
    "WorkloadGroupSpecTemplate",
]

publication.publish()

def _typecheckingstub__909ac56137d0ccb333e5bba20fa35df7a9bbd65da347eaa816625d224187a63e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DestinationRuleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6797b64e535bf484e1f5e116bb20a535db5d3d3327d1079ccc5ac218fd2c16e(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DestinationRuleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87bc14ad38f93b7deedb046bcd32d53bcb67452428f2b9e825c85144e7dfa6f9(
    *,
    host: builtins.str,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    subsets: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsets, typing.Dict[builtins.str, typing.Any]]]] = None,
    traffic_policy: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_selector: typing.Optional[typing.Union[DestinationRuleSpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e2b8d27f8b03a3405b6f44c394ab3fc0949eb11dbd78bce8ee9ba58dc86f1fc(
    *,
    name: builtins.str,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    traffic_policy: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__151a1dee7b395a51095f42a2b08f9b9de6e1791cc63d903aeed28ea74e35440b(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port_level_settings: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings, typing.Dict[builtins.str, typing.Any]]]] = None,
    proxy_protocol: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol, typing.Dict[builtins.str, typing.Any]]] = None,
    retry_budget: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyRetryBudget, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyTunnel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2516818cfbbfbd47f104e8e3f12daae9ee0ffc1a7ee9d3d152e5bd7fb52b0f6(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0240fda000617fe5fd7123cf73549db621a76e08428a257fc3ecc85098fb0ae0(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e122da151b9826edf11fae783a6717e2135083b449260174801fd0c35b6b850(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a60252ea7cf48d7fd331ec1cae433791d3a2cefa3f40275b2d899772d5119b3(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab9eb71f3e84c55784b373c28f6933610376cb7fa5c0e563870a6d93d3a6d9d7(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02dd9a8a9ce590743b885aead6a7bb7a4965d0dbdd814f34a2080cdc21dcf070(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73f48d369e6a24861fdbc6a03481a06f401085b7439784bff13cc28a2e86ec1e(
    *,
    name: builtins.str,
    attributes: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea4a9f2d942b54fabd9497695f1087abbeed16f756ab925134332e4698ae7e1c(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__006639b71ae5b2dce59fe4927774fea40573a416f51802731318261c4224c963(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa7619853ebb1f333101bfb42faed49bed6a16fc55a5fcb42b245411b29a36ab(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__927a6db2fe929dd384a2d55e09cf42b425f49d0ebf4ef8b8b6b665b8ec1e1365(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94c170f9331f91e4664d64c528170e6608e3377e11fd6bd4a2f8e4371b117fba(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a851f3304cb206a4219343f77d3c1f8feffb44698196f5ea5e25d42f0875099d(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89843e236678588e260619f989587267d6bb0667f0a22dad79034dd359f8e36d(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__410a892232b6ff39d42214daa1023ee19b21a31c501001aa6669954a3df7f5f2(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd6777b4ca8192aa8d2314921f9e602c0cc9e06d17ec53c72ba68594ef20fc75(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a214cd3a6e0b1f128418230e682c2ec5a6965fe7f5af93559306dddddc02efc(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b210604831318e07cc3205abeb4877dff520f7e2dfd852978bec1819fcf456e3(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1e3d375204cefe9ac41c8f4d53c4113673fe35a43fd78917cf0f672bda3d188(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22c5b786d78c4e56d36c2c937216b5cf46c9a1f895369e929e023beda9ce78f8(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d474700061e4fa1f038addbff45e789638d475eb5d3bd5d862685c3c9d45bfb(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c85dfe69a7104e3233884089b21d0afc44d4d14279f7f718c1ef6ea19be5c8ee(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4afb3ed57a9aa99408f5384cfe8698c8bf072b6710ec93f0313596b29e9263f9(
    *,
    name: builtins.str,
    attributes: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__291c61eefd40c102a1f221732775e338e5fb14d47921f2df11895f64e6ac0bae(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38c5cdb1429aee5c8330506884a57ca8ba75185a66a229d9274bc9e51c060811(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7031766ccfdef898150c26827cc37307cd069c49f3ab62e4aaa0a0218262ecac(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__803ee3284c28e825af055343c4806250f29011d47e5c745a297f9dc3d4367574(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0db6ef93630916408511b20007a264516cb452e4a16a35ac5c446f99368c186(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6196d584bf08bc696239aa333764b6cff7d2fa4c10f3d3745243984b3e7cc088(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb28cfaf040ec791a2e9be04ae3fae882d038d917c6ce0ca261011f533d10349(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb4cdb682436770818ca646a0b2421f9e980ab292f5960385b3534a6396c94a8(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__501a81c257a3dc44a65562fd3660dcdcfc3a0225795b46710bdf91c349e8d52b(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3df9369b7aa7c7c2d7787182553150020e060928018af720d64072b0d230d4f9(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a4ba910aea6762c3801d37c9f0352437e52de6340a32a80ae21a7177a298633(
    *,
    version: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85745e340a77b4eda30defde8a5411e6bf348988a9215da4d1482f6466115d83(
    *,
    min_retry_concurrency: typing.Optional[jsii.Number] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20ac6a98446ae57d500354bdf0fc0e72384e754d7048425f69e5e6ed3cc0140a(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cde1efdfe2ddbb321760f4b44d5d507c99131b0771c2cd24de90ce7282beae8(
    *,
    target_host: builtins.str,
    target_port: jsii.Number,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__197c5cff242931a03bfb62d5511a099027bd727e534a028139235ef027e85224(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port_level_settings: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettings, typing.Dict[builtins.str, typing.Any]]]] = None,
    proxy_protocol: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyProxyProtocol, typing.Dict[builtins.str, typing.Any]]] = None,
    retry_budget: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyRetryBudget, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyTunnel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49c4b69f9c6534af5795ded448dcb43bf90ee2942474cb015170046c93bcd02f(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__beda74ee3a2549498aa5147360cf89a420291f69da27abcb8570df9e4bd860f5(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bda2954afd7cbfcb6281760e69b585672b1e708febc8ad2910da31d8d706fd3(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__873c3ef54858f65d4bc1d7a4444cfef47172913d0e45724368ddca21a40eda40(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4e3c10f1bc8ce25ab4de6120204e18f590deb685802ebd7fe37c57100e6df5e(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecTrafficPolicyLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d7e5e42b7db570be89b935fac2c4920ef52610e94fae01410008eccb7db6089(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a99e5415afec774b226bd633e013e9df74a2481a9635029295a3fd1b6a16fe9(
    *,
    name: builtins.str,
    attributes: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__227173796b76cc9e4d2f3b6565756c6ccce0855c0310bc05dee5075ae0fc804f(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef191c0d09a07abf3d87360a20276466ffdc1e222efbbffa7bc0c68247770451(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__220a1294a7bab7630cc61fae25c9b9ece67af8bd32d0f4eee26a95afab0910b8(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__838a2c702325af876bf4fe71b4b598ec11d876feaa0c045a235300af8ace9a65(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a440d1cb1daee0d71dc8df4c824d602dffa5259d5bd8db46bbe778dd4577214(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f0433559c94b64049d73b2f5b6a971767267023b0a4070341cb80d6fc2bd9a2(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa661a4083fc14174df86795b026aa41a93581fc09c900b54028aabc4da795bc(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b30038047f48ad90cb62cdb4574f09b9b2b8bd23eb0f06a329bd39505ff674b(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4d44e017708c168d49278cc4079f6f29cfc8c6a27f41ccaed4ca9ec6e5d795e(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsPort, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c79a156624da502de95432a0c26dd063fa7d6f1ad0c986e6f67b61a827992116(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00e7dc846628cd861b709ce7e7f48c818ee4edbcf680fc31120aa4a12ef0d328(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59c9701dd94d3018d521b32fe197d05fffcbabb33ab493f33c363c92a454a3c0(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__611cf8279be4d5248155da97d507928e7f49874e366852043344c59cdc965b38(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25a3be218752b5e6ee43a740efaa07b6597fc811381daf6c4c56aca73f2a14ab(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a55d93dccc007dd53877016e4e59c72ad5dc0f8fefe5d8b7789f1c6b4e13f7d0(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6aa742f53699a998cca342c5a352632794af2a788f10ea7ee7ead19dc2286ce8(
    *,
    name: builtins.str,
    attributes: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebced93f3cfb730c6b7fa8dbede305a8cdf7a3799f50b795e5ffa6c126d55da3(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b8b6b17c5884ac267a849c7eb2f21c0f34be804462f679c32b9e9b243c2157e(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ed371d63653dfcbedc2f4bca4b81e63d7ca902a714cde3339308bcfa8f6d410(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__644760badc9b5279f8020b5f917470231a9e7270594c77370c1c2d5fa9a0f663(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d7feb8b71d29966926bea4447dca8fea60a57b2c55033eb137e69ed9c0ec451(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bec1281af473a2b53c92e44d504488d518947d4b854a5a2415bbc623dadeb41d(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fd0af038b0778ada712c6d1e0174f8c08ef153975024e726c76e28dc88bde8e(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fc63bef56c2f6eb71a46918a12437b712acf77a8655f90d8cf7630ee20a8c98(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af42588ab5e5bdec7373ed96470235b3e3c5072f7f52d0577cc76cafb1045b1c(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffc915b5e3fcc5413156b3a22797d5b7c387fe0cb5a05ce593c57ecdb4e5a8c8(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a60487876c0b619a8007e85a9e826a91174cdeb1927388ec1734c6c946ae7d8(
    *,
    version: typing.Optional[DestinationRuleSpecTrafficPolicyProxyProtocolVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b7a30e4c7a805f608db982d857cc3572dedbacebf21df074c5112ae852a2e2f(
    *,
    min_retry_concurrency: typing.Optional[jsii.Number] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8de71f7274c52c2677172d71fcbd3515121869a302d8c67dfd2bca6af2c2a2b(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecTrafficPolicyTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__954ccb6f0116d97b544bcc6d1a544e32e9a89c294f94b7b7c0da0b141e95940d(
    *,
    target_host: builtins.str,
    target_port: jsii.Number,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd5ef30effa0ee11a7dbfacafea30424d986b0ee9bb1d47857414b297541452c(
    *,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef88172bdc12673bfe2e0830be5ad13a3214b0ffa0e14a31e77216124e705904(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[EnvoyFilterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8fa3b2f2deb16669bf68347770a33a60e985ca5981dc175ee71b55a1967a77b(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[EnvoyFilterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2f2f8d5533707bf438abe22b8f2001d33a64b473e182361a5ffbaa224acfeec(
    *,
    config_patches: typing.Optional[typing.Sequence[typing.Union[EnvoyFilterSpecConfigPatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    priority: typing.Optional[jsii.Number] = None,
    target_refs: typing.Optional[typing.Sequence[typing.Union[EnvoyFilterSpecTargetRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    workload_selector: typing.Optional[typing.Union[EnvoyFilterSpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf6aa344785e3a9fb7e550e0907a69c11121c08a9c4dc97d13599e1acee8b328(
    *,
    apply_to: typing.Optional[EnvoyFilterSpecConfigPatchesApplyTo] = None,
    match: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    patch: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesPatch, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1473698314bfc4d9246a6d8a6c014dc8435efb21a37b06cfa68090390b8fa257(
    *,
    cluster: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchCluster, typing.Dict[builtins.str, typing.Any]]] = None,
    context: typing.Optional[EnvoyFilterSpecConfigPatchesMatchContext] = None,
    listener: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchListener, typing.Dict[builtins.str, typing.Any]]] = None,
    proxy: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchProxy, typing.Dict[builtins.str, typing.Any]]] = None,
    route_configuration: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchRouteConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    waypoint: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchWaypoint, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59d392ba7383934fa886c5b6ee58f987418af0fac4fbfb07288bd5a05733fbfc(
    *,
    name: typing.Optional[builtins.str] = None,
    port_number: typing.Optional[jsii.Number] = None,
    service: typing.Optional[builtins.str] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b299ecfa150e9a2301f233a68f6c176a43e834249c47685e13d10be342a13a20(
    *,
    filter_chain: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchListenerFilterChain, typing.Dict[builtins.str, typing.Any]]] = None,
    listener_filter: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e8d6962b78de377aeb95c6d79a2ee5a15d7845275ee1c8cdfde14e295a918bb(
    *,
    application_protocols: typing.Optional[builtins.str] = None,
    destination_port: typing.Optional[jsii.Number] = None,
    filter: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    transport_protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1b4689a17605e30218c7e21d3952e6af0165b597fb4e52ac44ac4e515378ee7(
    *,
    name: typing.Optional[builtins.str] = None,
    sub_filter: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b693d4ec2a6680aa3d005a335c56728426507c01409c81f3a245144d18f2e78c(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf825811d97c9384026a85114ceb6969f22d8e79cc29b0ed071d41d11454ebe4(
    *,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    proxy_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ba53a3709c29d540feb3758d4e38a1e42ec78c84f7eeb01c837a6ecdaa6a862(
    *,
    gateway: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_number: typing.Optional[jsii.Number] = None,
    vhost: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__833e681946a44e5dd59e1bebc22a7e4d206b7d15225ec98dcbb851f2fa69e6b3(
    *,
    domain_name: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    route: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab49bfd43f1e5abde3ee7d9d067d99f491b715adb4f4ccfb7f569516a25dd72b(
    *,
    action: typing.Optional[EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08a81868b2328c3d2a8d91d3b27f1bc9c5dd45da911c5dd1a6afe24d57ccd5ea(
    *,
    filter: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchWaypointFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    port_number: typing.Optional[jsii.Number] = None,
    route: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchWaypointRoute, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__655048b52151bf392038dd1e9d6079d00eed1a1418709936a5911dc21f2fccde(
    *,
    name: typing.Optional[builtins.str] = None,
    sub_filter: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c4bb86e53aa9b8d6c4a5dd218f4048836a2bc6cd27e2f4d50d4e43bb89ec5c3(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77814e50af9733172246df73b302bde8ff10ffdb0d87a9554c9101dd39a359db(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3245358015daf1706eb30ad23c14738cb6a1935054df938e08b32fd8a5192c3d(
    *,
    filter_class: typing.Optional[EnvoyFilterSpecConfigPatchesPatchFilterClass] = None,
    operation: typing.Optional[EnvoyFilterSpecConfigPatchesPatchOperation] = None,
    value: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52b05e07b8f3e69e562039c990376d3712f1d9573decf474e3170cdfc7a7a8ef(
    *,
    kind: builtins.str,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8edb99fa86aeea16c97fd670999daefb6362c8d5e135ae59dddafda97a606a41(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7ff7d0362891ae958bdef6d01b4d3f40035dbcb810b939b4ba7805189e52c63(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GatewaySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86b192209225d0de4e2f2a95cf087c81ff498155caa98c3f03d8b18ff91b6a24(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GatewaySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__281f3e7196a0e30e49ff0b9f172ab7370157f0030710f517a138b06c0066e45c(
    *,
    selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    servers: typing.Optional[typing.Sequence[typing.Union[GatewaySpecServers, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d18e07637168465bd3154ec56da06b068427cc1faaabd7adc0167857788fc83(
    *,
    hosts: typing.Sequence[builtins.str],
    port: typing.Union[GatewaySpecServersPort, typing.Dict[builtins.str, typing.Any]],
    bind: typing.Optional[builtins.str] = None,
    default_endpoint: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[GatewaySpecServersTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b85a28d8e51e90ee1966bfeab0e963b1033abb84667b16a3c3d3d932a898f5a(
    *,
    name: builtins.str,
    number: jsii.Number,
    protocol: builtins.str,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a298a90c1d4a41dd0124f2327ae7792b63bf216dda9ab9259048c844d30f3126(
    *,
    ca_cert_credential_name: typing.Optional[builtins.str] = None,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
    credential_name: typing.Optional[builtins.str] = None,
    credential_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    https_redirect: typing.Optional[builtins.bool] = None,
    max_protocol_version: typing.Optional[GatewaySpecServersTlsMaxProtocolVersion] = None,
    min_protocol_version: typing.Optional[GatewaySpecServersTlsMinProtocolVersion] = None,
    mode: typing.Optional[GatewaySpecServersTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_certificates: typing.Optional[typing.Sequence[typing.Union[GatewaySpecServersTlsTlsCertificates, typing.Dict[builtins.str, typing.Any]]]] = None,
    verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d2e8d520ab54b176023261e1e2bc2a04d37dddca813b8f1411b534e1243dd6c(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e02b27aba136cfe83395bdca2fc6ed6234cc70806bdb422cc6405e1eae70bf50(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProxyConfigSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5699e90bdcbf76ce4e3e7d93c09afd0e84ecf909025c7144b03d024886e69ebe(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProxyConfigSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44b4787ec10511976e02f4e0e429be20ea11534cf2f88b9c51fe2ae9b278d9c4(
    *,
    concurrency: typing.Optional[jsii.Number] = None,
    environment_variables: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    image: typing.Optional[typing.Union[ProxyConfigSpecImage, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[ProxyConfigSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e9636a0eeedbe1c4259e77baabec591ad955a9609c912ef9bf5b46b501bb6d6(
    *,
    image_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d29b22f37637067cc1efc2c8e1ac9e60157b72b88136f06891dd9d9cab77cc52(
    *,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0714cec55f8e92a15a56c8bae469b7a1b0ecdbeb397b9adccca5fe3016e76e3b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ServiceEntrySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09dda101e461d3ebb3e4eb9e47c4624e90c003f958d094af7a447d9549f37518(
    *,
    spec: typing.Union[ServiceEntrySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb82c13cf3e812fa049390bf65c1a2498f690b820efcd222c1c6dfcd1a267f52(
    *,
    hosts: typing.Sequence[builtins.str],
    addresses: typing.Optional[typing.Sequence[builtins.str]] = None,
    endpoints: typing.Optional[typing.Sequence[typing.Union[ServiceEntrySpecEndpoints, typing.Dict[builtins.str, typing.Any]]]] = None,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    location: typing.Optional[ServiceEntrySpecLocation] = None,
    ports: typing.Optional[typing.Sequence[typing.Union[ServiceEntrySpecPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    resolution: typing.Optional[ServiceEntrySpecResolution] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    workload_selector: typing.Optional[typing.Union[ServiceEntrySpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6379e2c1353ca9f2d5d96ee20de3e1c3e8a59e34a8d07baf4946f39e48675d42(
    *,
    address: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    locality: typing.Optional[builtins.str] = None,
    network: typing.Optional[builtins.str] = None,
    ports: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    service_account: typing.Optional[builtins.str] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d41478c768198c972771cfd83522c9989bb6016d73205521e538ca93d2685a57(
    *,
    name: builtins.str,
    number: jsii.Number,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5b6e1bcff5caa9a24863d8ea2a77070cd6ffcfcd18f1b9538a41d29fe3b428f(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca89e8eb03b4c6286619f1fda43af9c02ccdb89f4ce5f019f31155ccad93095a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SidecarSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5afd078b423384dbb9a013a67e447853982dd5088cbc50f7d7067eb99ce85bf(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SidecarSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f46e11992b5adb816a43882abb4f0a1c3224fffde47ff403c33cc370fe6d7e3(
    *,
    egress: typing.Optional[typing.Sequence[typing.Union[SidecarSpecEgress, typing.Dict[builtins.str, typing.Any]]]] = None,
    inbound_connection_pool: typing.Optional[typing.Union[SidecarSpecInboundConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    ingress: typing.Optional[typing.Sequence[typing.Union[SidecarSpecIngress, typing.Dict[builtins.str, typing.Any]]]] = None,
    outbound_traffic_policy: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_selector: typing.Optional[typing.Union[SidecarSpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce644f46a1cc17a4af39905edb36ebac13a3541f6f37d6581232dbf7d6efb9e8(
    *,
    hosts: typing.Sequence[builtins.str],
    bind: typing.Optional[builtins.str] = None,
    capture_mode: typing.Optional[SidecarSpecEgressCaptureMode] = None,
    port: typing.Optional[typing.Union[SidecarSpecEgressPort, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__961cbca46db9aa0ca9e5eba7d7eca990a330ec163e1e2402d9306220c5f807c6(
    *,
    name: typing.Optional[builtins.str] = None,
    number: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0570ea2405ff6d6e152e374088486ab40a7295b78e662623b8eeced916aa92c(
    *,
    http: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9246a1e5252b1fb87e202cdead2492c0e64bf9d8e72389cf8a603eff4f544034(
    *,
    h2_upgrade_policy: typing.Optional[SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab581d907cfedcbfe56d8847ae7eb28fb113de0045b40534f3f84313d5c817e4(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8572b26d84c4d689167dc5720eefee5c3955e520a8a4e2bcbe8c0ddbc1614ca0(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c016738e2e6e9698cd02519c50e45e34bc64b4bcf667e35ba7a50c5bf41a61e(
    *,
    port: typing.Union[SidecarSpecIngressPort, typing.Dict[builtins.str, typing.Any]],
    bind: typing.Optional[builtins.str] = None,
    capture_mode: typing.Optional[SidecarSpecIngressCaptureMode] = None,
    connection_pool: typing.Optional[typing.Union[SidecarSpecIngressConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    default_endpoint: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[SidecarSpecIngressTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b73ba47dc59d4ec7d380aa9c9f917d190145f9b76bd0967e02e5efb481f3527b(
    *,
    http: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__254d2232683186735ba51ee68abb38180333586d3b9cb1b59c21841bffa76a7f(
    *,
    h2_upgrade_policy: typing.Optional[SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7259b32efed1372c12826a9e75f82d1c55b69572fbb04ead96562cabccdfa13(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfd1f844391825a480fbd0a425d9da9832f23afbbc1d84cf98a1e380192514de(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c3ada4b841f8fb13d144aeeb59825f263a6d0340798b57f695431ea1eb00426(
    *,
    name: typing.Optional[builtins.str] = None,
    number: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8576435cc87b69ad7649f77b1cf7e3f28d90cd66f1b17b98e20cf5265094646d(
    *,
    ca_cert_credential_name: typing.Optional[builtins.str] = None,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
    credential_name: typing.Optional[builtins.str] = None,
    credential_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    https_redirect: typing.Optional[builtins.bool] = None,
    max_protocol_version: typing.Optional[SidecarSpecIngressTlsMaxProtocolVersion] = None,
    min_protocol_version: typing.Optional[SidecarSpecIngressTlsMinProtocolVersion] = None,
    mode: typing.Optional[SidecarSpecIngressTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_certificates: typing.Optional[typing.Sequence[typing.Union[SidecarSpecIngressTlsTlsCertificates, typing.Dict[builtins.str, typing.Any]]]] = None,
    verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e1bdfd9ef8a6a1136e0b4b6900f684f9a7357377c9599fe627b12726909e1cb(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c36e0c6680283c7e052b81892b91ece0f1af7cf1b7088d2dcf6507a8121124db(
    *,
    egress_proxy: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicyEgressProxy, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[SidecarSpecOutboundTrafficPolicyMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8521f2396d5d493d1a7dddacb81ea2c07b5babe36d409beb9503b3a5209f102(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicyEgressProxyPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c25c806d2cc9790b62c3caa641138de666073ba8918d72eaa9698d3a54a767aa(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a92ced545d2b5e5182c13c1e672d120110b80a3e570cc9c659d88cb1e8a7ec9(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7a329f352b7304b6f4ba35a2da5b2c73a796e25f5690d38311897ac06a3dd0a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea291212146131bbb572abe6c7214a96c22a1c7054ea535288e29b2e20ad68ce(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__137941366d3a24ac40f324ef8a3e7a4b3002865e3c01552d2d2cdbce61a07d7f(
    *,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
    http: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tcp: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tls: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTls, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d60c5d7ccec0c215973a00582f8d5b4672b12036c302efc7d05d33a9eeee2733(
    *,
    cors_policy: typing.Optional[typing.Union[VirtualServiceSpecHttpCorsPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    delegate: typing.Optional[typing.Union[VirtualServiceSpecHttpDelegate, typing.Dict[builtins.str, typing.Any]]] = None,
    direct_response: typing.Optional[typing.Union[VirtualServiceSpecHttpDirectResponse, typing.Dict[builtins.str, typing.Any]]] = None,
    fault: typing.Optional[typing.Union[VirtualServiceSpecHttpFault, typing.Dict[builtins.str, typing.Any]]] = None,
    headers: typing.Optional[typing.Union[VirtualServiceSpecHttpHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    mirror: typing.Optional[typing.Union[VirtualServiceSpecHttpMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_percent: typing.Optional[jsii.Number] = None,
    mirror_percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
    mirrors: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpMirrors, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    redirect: typing.Optional[typing.Union[VirtualServiceSpecHttpRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    retries: typing.Optional[typing.Union[VirtualServiceSpecHttpRetries, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Union[VirtualServiceSpecHttpRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fd9b17c71cbcf336fc927ccf7a93ad9a8e063496c88358cce46c4806b1e27ae(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origins: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpCorsPolicyAllowOrigins, typing.Dict[builtins.str, typing.Any]]]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[builtins.str] = None,
    unmatched_preflights: typing.Optional[VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1952f28f0e789078a25eeb420488dbbfe4d1b2e16e9ffae311c9f5448690d989(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a128086c9815dc4dee81fb574e1201b95f6e5472a82fcc7e73147d8b44784e56(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__523eedce3d74e223235dfe979ea7629f3f61b2a2e3f24b0c0fa649837595663f(
    *,
    status: jsii.Number,
    body: typing.Optional[typing.Union[VirtualServiceSpecHttpDirectResponseBody, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__977113a0baf864141e1d7855511c23b4c02261f69e92614983af4f332dd738ca(
    *,
    bytes: typing.Optional[builtins.str] = None,
    string: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eabf9e1cd2c50c0daed41a03fd03798e209c01c32b57baefa049d7adb4237e9f(
    *,
    abort: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultAbort, typing.Dict[builtins.str, typing.Any]]] = None,
    delay: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultDelay, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__193b2f98a83456ade41d9aa7e1d239c14019966380294674539c8c13618e72d7(
    *,
    grpc_status: typing.Optional[builtins.str] = None,
    http2_error: typing.Optional[builtins.str] = None,
    http_status: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultAbortPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2367717e7ada85181449cfa93383dd396f7beb486bc645819332f1bb5d5724b0(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dd7dcda6d3562668c16896f8b7b0450b570ca728affe3f6d5ffb66fcf171c7f(
    *,
    exponential_delay: typing.Optional[builtins.str] = None,
    fixed_delay: typing.Optional[builtins.str] = None,
    percent: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultDelayPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7ecec86a8242193e585acbe8c605f420cbb4d4b91a6425726b3252479939da8(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7343bb192f829772c5bd108cbfa102e07ff488e6f6efc1e2fd0a274dec4d834(
    *,
    request: typing.Optional[typing.Union[VirtualServiceSpecHttpHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceSpecHttpHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ee9261b43423d2a69ae0078ceab35ef8fbe23ff78f228e755ed67657c52a91b(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4a3e5ae4d5de5bcc5f0787c2effc9b93d9bbd3ad69b0e217c4ffb740869cddc(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e6679c04e607646075aee5fa68635bde01655f6fc6849ade7948397bb34bfc9(
    *,
    authority: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchAuthority, typing.Dict[builtins.str, typing.Any]]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    ignore_uri_case: typing.Optional[builtins.bool] = None,
    method: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
    scheme: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchScheme, typing.Dict[builtins.str, typing.Any]]] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    stat_prefix: typing.Optional[builtins.str] = None,
    uri: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchUri, typing.Dict[builtins.str, typing.Any]]] = None,
    without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchWithoutHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1b4382ccee48fcf2cd36945ff8f12fe694d5befa8beac06501dbd8513d9e539(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f6775ac88feb89402d4b4d0d395505a3809e99c454b91c48cd03f1275d0ae22(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c2475651d53eb91b3482e19ad1b749d6265146898f38e92e46a8be0dc5cdc75(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__612b53995446db2a985db53b447411f0ada83705f298a58bb130f4e32f234b43(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1014466e645e2d46693c1afd6e97187d9ab25b4cb5d26f340e4c81d211f6128(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87e6fbaf31e37b46a430f0de4ea48db75969e2b55b953d26404fcd57071aaf90(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ce0c1c56f2acb6821f374dc85e3f18524c5a6b457e258129272f70625b9182d(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6be57417319b9653937ca8951a5d82b8c573373e83972599b36ee6f860065d4e(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6abb8faf8937004f61ad4c323b85fb600b8116fba6fa3f2da42ef52e26830475(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__359cf080bd1b5f3af09fd9373dee72788ee6a1311d07cf108fdef9309a6b02ba(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f61653044b929380ffc6d5ded6c6722fcaa62846e6b0fbfba5793e194753d9e6(
    *,
    destination: typing.Union[VirtualServiceSpecHttpMirrorsDestination, typing.Dict[builtins.str, typing.Any]],
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorsPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03c16e529e42c0e772ac2528579e0fbad0a2b14af458ba03886ea8c07d5a6f11(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorsDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f86475e1cab607d7d60173a1efc0f1c9c6d6a7af7e7373dd672e995659fb6e75(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1aa6785fd7c525bbaa57e60f6c626b240b1a1bb8bf09859edc69f1a19c97501a(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55e5d44576e516e3bb4e0eaf57db524aafacbff2c87b80bceeb4cf04b3e8f960(
    *,
    authority: typing.Optional[builtins.str] = None,
    derive_port: typing.Optional[VirtualServiceSpecHttpRedirectDerivePort] = None,
    port: typing.Optional[jsii.Number] = None,
    redirect_code: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1dfa557ebcfef7c405c6b962fc05c63b683a1f7cfcedf425d445ef3aaaa2fe6c(
    *,
    attempts: typing.Optional[jsii.Number] = None,
    backoff: typing.Optional[builtins.str] = None,
    per_try_timeout: typing.Optional[builtins.str] = None,
    retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
    retry_on: typing.Optional[builtins.str] = None,
    retry_remote_localities: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f322f1b3650874cd4a1aa7f13950db289a8d30d4e5974a009b852c0c305c4787(
    *,
    authority: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    uri_regex_rewrite: typing.Optional[typing.Union[VirtualServiceSpecHttpRewriteUriRegexRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f6fea750802be9932e672b24e910bca72accd04b6d934f0fb412025625ab556(
    *,
    match: typing.Optional[builtins.str] = None,
    rewrite: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36467b5047d97cf59f9edc3965e5b42908a70a8614c069eb29b24bc966ddf27f(
    *,
    destination: typing.Union[VirtualServiceSpecHttpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    headers: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd9f90d355e36a374dda9c919899ab911122aaf11047e8cc7a6562a152e2c802(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18ffbb0879514b6c7d658c7ffa0d478bdc1ac413f0bd760e684f97ad136120c0(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39f60c255bfd6d5d848a248375a2de30dfa226e42c20e1783eaf6685c2149b05(
    *,
    request: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35c55dd26e7184741fe8e4c6a64e0a67ebc724e049c0e046bd5d3def1ecfbc68(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc13481dd0178c3e54b5cfb9b924d5922d0bbacb3c086f75cf9dce2d8a3057ab(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8e792882448bb7f109ff3e373a0d7a281e3b7e202b3990ee893c2b7e7bb2458(
    *,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__713403965d4b6e07254f4526414e3182830e602f78c58ddc62004ac25652c1fa(
    *,
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    source_subnet: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1de28344d5ad2260df808a8e575c49c89a71f73b85972d0dc8be6ff3bb5f125b(
    *,
    destination: typing.Union[VirtualServiceSpecTcpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8716779b34afea8ca7be413ceeaf311fd3adbb6a57d839b76fd60df0ce4e15c(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecTcpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad86a4dc84bb05a4554e1c8c8d431fa1484dde812abf505715515534388925a9(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b4c58ff9d31245efe79503b11b76f1a922da6a0bcad014536a18e2b9172982c(
    *,
    match: typing.Sequence[typing.Union[VirtualServiceSpecTlsMatch, typing.Dict[builtins.str, typing.Any]]],
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTlsRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a23c536a4546bf03b33e1f7273cabfb4a746a9272c63540d7d4dcb13557ef146(
    *,
    sni_hosts: typing.Sequence[builtins.str],
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__486a438678ba48cdc3e910ff6094f4466ed74795a4c5ad7d6f87424a3775f740(
    *,
    destination: typing.Union[VirtualServiceSpecTlsRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efded2158ab5449021049f4f922110bb19ff62a759bcda62cd47486d78816a03(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecTlsRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9a9b966a48ff29942b16f20686b9da5413696505eb8ef4a46430a318fd07c3c(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b1e9a6251a6fff875319567f55e17e03ddce87ccd70980a60ea199d8ff2fffc(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[WorkloadEntrySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd1d9f26f1d5230c0c05bbc11280fe73d40c11942c6095a183f28d7f33da2bd9(
    *,
    spec: typing.Union[WorkloadEntrySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d4e4fb9c4bd4d8c9e525b57582ab86a66e991d0294e9e6c68d4232e6be05c22(
    *,
    address: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    locality: typing.Optional[builtins.str] = None,
    network: typing.Optional[builtins.str] = None,
    ports: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    service_account: typing.Optional[builtins.str] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba25c2105ef4437a8b8b85e2d4b93aad3cca5a0d1b9d8a992a73c240942bc1fe(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[WorkloadGroupSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f11be48a494d44f3d0353d0860b3e73bfc7850d3d533cbd4f75088ecc06195ff(
    *,
    spec: typing.Union[WorkloadGroupSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9362fb7d5bb8cf67d9552938f77bdb32e70ac50de88616b75503a11613d97236(
    *,
    template: typing.Union[WorkloadGroupSpecTemplate, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[WorkloadGroupSpecMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    probe: typing.Optional[typing.Union[WorkloadGroupSpecProbe, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c37f01cb1176ef32a3b87209c89083a9987add510a24d510400facebb5c27789(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b11abb6068e31b077222c0a712e26f62f60707399ec028183147bcaa7851123(
    *,
    exec: typing.Optional[typing.Union[WorkloadGroupSpecProbeExec, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Optional[typing.Union[WorkloadGroupSpecProbeGrpc, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[WorkloadGroupSpecProbeHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Optional[typing.Union[WorkloadGroupSpecProbeTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__644f0299aad34b5f615049d284e6b4a20cb0d3a4c7cb01acecfd646308656487(
    *,
    command: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4e16358a6c46799c4a7590f1aece8dc42aa3f591bdffd62b8bf450ebbee442d(
    *,
    port: typing.Optional[jsii.Number] = None,
    service: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb2e499f8f6e237a50fa7bbbf17b90405d14e743ba69fa8a9a258e13485e95c8(
    *,
    port: jsii.Number,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[WorkloadGroupSpecProbeHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a59479e79f73b203c300d45f8a78cc2df39adaea5794a53b96fb9e69a7b2be9b(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a0e796a0c6f0df023421e1be34bf5cc0924a1bc175b71065b7d7d2230af11ab(
    *,
    port: jsii.Number,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a5ced295945ed36e1acbf51b81a43a98bc2080084668f98ae0965c42107b110(
    *,
    address: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    locality: typing.Optional[builtins.str] = None,
    network: typing.Optional[builtins.str] = None,
    ports: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    service_account: typing.Optional[builtins.str] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
