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


class Telemetry(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioistiotelemetry.Telemetry",
):
    '''
    :schema: Telemetry
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["TelemetrySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Telemetry" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7f2ff6c1bf6d218cf53de879b32e3d642c5351776c3956de3dac4634fcc3974)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = TelemetryProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["TelemetrySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Telemetry".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = TelemetryProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Telemetry".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetryProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class TelemetryProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["TelemetrySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Telemetry
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = TelemetrySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45eb0414200472f0979959935219425358f8ab5a5287796a5b9658e3d014661e)
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
        :schema: Telemetry#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["TelemetrySpec"]:
        '''
        :schema: Telemetry#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["TelemetrySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpec",
    jsii_struct_bases=[],
    name_mapping={
        "access_logging": "accessLogging",
        "metrics": "metrics",
        "selector": "selector",
        "target_ref": "targetRef",
        "target_refs": "targetRefs",
        "tracing": "tracing",
    },
)
class TelemetrySpec:
    def __init__(
        self,
        *,
        access_logging: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecAccessLogging", typing.Dict[builtins.str, typing.Any]]]] = None,
        metrics: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecMetrics", typing.Dict[builtins.str, typing.Any]]]] = None,
        selector: typing.Optional[typing.Union["TelemetrySpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        target_ref: typing.Optional[typing.Union["TelemetrySpecTargetRef", typing.Dict[builtins.str, typing.Any]]] = None,
        target_refs: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecTargetRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        tracing: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecTracing", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param access_logging: 
        :param metrics: 
        :param selector: 
        :param target_ref: 
        :param target_refs: 
        :param tracing: 

        :schema: TelemetrySpec
        '''
        if isinstance(selector, dict):
            selector = TelemetrySpecSelector(**selector)
        if isinstance(target_ref, dict):
            target_ref = TelemetrySpecTargetRef(**target_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd445cf019689c071e7fe1cc5b903f95a8b9a78ec9e6a25b1b83d50d49d536c5)
            check_type(argname="argument access_logging", value=access_logging, expected_type=type_hints["access_logging"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument target_ref", value=target_ref, expected_type=type_hints["target_ref"])
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument tracing", value=tracing, expected_type=type_hints["tracing"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_logging is not None:
            self._values["access_logging"] = access_logging
        if metrics is not None:
            self._values["metrics"] = metrics
        if selector is not None:
            self._values["selector"] = selector
        if target_ref is not None:
            self._values["target_ref"] = target_ref
        if target_refs is not None:
            self._values["target_refs"] = target_refs
        if tracing is not None:
            self._values["tracing"] = tracing

    @builtins.property
    def access_logging(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecAccessLogging"]]:
        '''
        :schema: TelemetrySpec#accessLogging
        '''
        result = self._values.get("access_logging")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecAccessLogging"]], result)

    @builtins.property
    def metrics(self) -> typing.Optional[typing.List["TelemetrySpecMetrics"]]:
        '''
        :schema: TelemetrySpec#metrics
        '''
        result = self._values.get("metrics")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecMetrics"]], result)

    @builtins.property
    def selector(self) -> typing.Optional["TelemetrySpecSelector"]:
        '''
        :schema: TelemetrySpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["TelemetrySpecSelector"], result)

    @builtins.property
    def target_ref(self) -> typing.Optional["TelemetrySpecTargetRef"]:
        '''
        :schema: TelemetrySpec#targetRef
        '''
        result = self._values.get("target_ref")
        return typing.cast(typing.Optional["TelemetrySpecTargetRef"], result)

    @builtins.property
    def target_refs(self) -> typing.Optional[typing.List["TelemetrySpecTargetRefs"]]:
        '''
        :schema: TelemetrySpec#targetRefs
        '''
        result = self._values.get("target_refs")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecTargetRefs"]], result)

    @builtins.property
    def tracing(self) -> typing.Optional[typing.List["TelemetrySpecTracing"]]:
        '''
        :schema: TelemetrySpec#tracing
        '''
        result = self._values.get("tracing")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecTracing"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecAccessLogging",
    jsii_struct_bases=[],
    name_mapping={
        "disabled": "disabled",
        "filter": "filter",
        "match": "match",
        "providers": "providers",
    },
)
class TelemetrySpecAccessLogging:
    def __init__(
        self,
        *,
        disabled: typing.Optional[builtins.bool] = None,
        filter: typing.Optional[typing.Union["TelemetrySpecAccessLoggingFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        match: typing.Optional[typing.Union["TelemetrySpecAccessLoggingMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        providers: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecAccessLoggingProviders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param disabled: 
        :param filter: 
        :param match: 
        :param providers: 

        :schema: TelemetrySpecAccessLogging
        '''
        if isinstance(filter, dict):
            filter = TelemetrySpecAccessLoggingFilter(**filter)
        if isinstance(match, dict):
            match = TelemetrySpecAccessLoggingMatch(**match)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e8a91d51582b05d576933a190dae1dbc834080fd6ce955d46293714bed06b36)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if disabled is not None:
            self._values["disabled"] = disabled
        if filter is not None:
            self._values["filter"] = filter
        if match is not None:
            self._values["match"] = match
        if providers is not None:
            self._values["providers"] = providers

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TelemetrySpecAccessLogging#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def filter(self) -> typing.Optional["TelemetrySpecAccessLoggingFilter"]:
        '''
        :schema: TelemetrySpecAccessLogging#filter
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["TelemetrySpecAccessLoggingFilter"], result)

    @builtins.property
    def match(self) -> typing.Optional["TelemetrySpecAccessLoggingMatch"]:
        '''
        :schema: TelemetrySpecAccessLogging#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["TelemetrySpecAccessLoggingMatch"], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecAccessLoggingProviders"]]:
        '''
        :schema: TelemetrySpecAccessLogging#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecAccessLoggingProviders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecAccessLogging(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecAccessLoggingFilter",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression"},
)
class TelemetrySpecAccessLoggingFilter:
    def __init__(self, *, expression: typing.Optional[builtins.str] = None) -> None:
        '''
        :param expression: 

        :schema: TelemetrySpecAccessLoggingFilter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c39f6e9b35d7645b821c616d8da87a80e80ca1103c3641a4ec2c211e8f50ec13)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecAccessLoggingFilter#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecAccessLoggingFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecAccessLoggingMatch",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode"},
)
class TelemetrySpecAccessLoggingMatch:
    def __init__(
        self,
        *,
        mode: typing.Optional["TelemetrySpecAccessLoggingMatchMode"] = None,
    ) -> None:
        '''
        :param mode: 

        :schema: TelemetrySpecAccessLoggingMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__566a588cd652952301cbe0692a85b308e238d9fc87802477da800c582a6445be)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def mode(self) -> typing.Optional["TelemetrySpecAccessLoggingMatchMode"]:
        '''
        :schema: TelemetrySpecAccessLoggingMatch#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["TelemetrySpecAccessLoggingMatchMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecAccessLoggingMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistiotelemetry.TelemetrySpecAccessLoggingMatchMode")
class TelemetrySpecAccessLoggingMatchMode(enum.Enum):
    '''
    :schema: TelemetrySpecAccessLoggingMatchMode
    '''

    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER"
    '''CLIENT_AND_SERVER.'''
    CLIENT = "CLIENT"
    '''CLIENT.'''
    SERVER = "SERVER"
    '''SERVER.'''


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecAccessLoggingProviders",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class TelemetrySpecAccessLoggingProviders:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: TelemetrySpecAccessLoggingProviders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75c966736b903123c6deb992f0383cc17643a23bda00f8387f13243f57eb5e42)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TelemetrySpecAccessLoggingProviders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecAccessLoggingProviders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecMetrics",
    jsii_struct_bases=[],
    name_mapping={
        "overrides": "overrides",
        "providers": "providers",
        "reporting_interval": "reportingInterval",
    },
)
class TelemetrySpecMetrics:
    def __init__(
        self,
        *,
        overrides: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecMetricsOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
        providers: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecMetricsProviders", typing.Dict[builtins.str, typing.Any]]]] = None,
        reporting_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param overrides: 
        :param providers: 
        :param reporting_interval: 

        :schema: TelemetrySpecMetrics
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6557769521a449c60be9a2d7f467a42005a28ab0c74de04bd958418bf07c38c9)
            check_type(argname="argument overrides", value=overrides, expected_type=type_hints["overrides"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
            check_type(argname="argument reporting_interval", value=reporting_interval, expected_type=type_hints["reporting_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if overrides is not None:
            self._values["overrides"] = overrides
        if providers is not None:
            self._values["providers"] = providers
        if reporting_interval is not None:
            self._values["reporting_interval"] = reporting_interval

    @builtins.property
    def overrides(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecMetricsOverrides"]]:
        '''
        :schema: TelemetrySpecMetrics#overrides
        '''
        result = self._values.get("overrides")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecMetricsOverrides"]], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecMetricsProviders"]]:
        '''
        :schema: TelemetrySpecMetrics#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecMetricsProviders"]], result)

    @builtins.property
    def reporting_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecMetrics#reportingInterval
        '''
        result = self._values.get("reporting_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetrics(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecMetricsOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "disabled": "disabled",
        "match": "match",
        "tag_overrides": "tagOverrides",
    },
)
class TelemetrySpecMetricsOverrides:
    def __init__(
        self,
        *,
        disabled: typing.Optional[builtins.bool] = None,
        match: typing.Optional[typing.Union["TelemetrySpecMetricsOverridesMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        tag_overrides: typing.Optional[typing.Mapping[builtins.str, typing.Union["TelemetrySpecMetricsOverridesTagOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param disabled: 
        :param match: 
        :param tag_overrides: 

        :schema: TelemetrySpecMetricsOverrides
        '''
        if isinstance(match, dict):
            match = TelemetrySpecMetricsOverridesMatch(**match)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8999a4e02afd846394f5910ac22972b24d7ded63add111efed632f442ff9f979)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument tag_overrides", value=tag_overrides, expected_type=type_hints["tag_overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if disabled is not None:
            self._values["disabled"] = disabled
        if match is not None:
            self._values["match"] = match
        if tag_overrides is not None:
            self._values["tag_overrides"] = tag_overrides

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TelemetrySpecMetricsOverrides#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def match(self) -> typing.Optional["TelemetrySpecMetricsOverridesMatch"]:
        '''
        :schema: TelemetrySpecMetricsOverrides#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["TelemetrySpecMetricsOverridesMatch"], result)

    @builtins.property
    def tag_overrides(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TelemetrySpecMetricsOverridesTagOverrides"]]:
        '''
        :schema: TelemetrySpecMetricsOverrides#tagOverrides
        '''
        result = self._values.get("tag_overrides")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TelemetrySpecMetricsOverridesTagOverrides"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetricsOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecMetricsOverridesMatch",
    jsii_struct_bases=[],
    name_mapping={"custom_metric": "customMetric", "metric": "metric", "mode": "mode"},
)
class TelemetrySpecMetricsOverridesMatch:
    def __init__(
        self,
        *,
        custom_metric: typing.Optional[builtins.str] = None,
        metric: typing.Optional["TelemetrySpecMetricsOverridesMatchMetric"] = None,
        mode: typing.Optional["TelemetrySpecMetricsOverridesMatchMode"] = None,
    ) -> None:
        '''
        :param custom_metric: 
        :param metric: 
        :param mode: 

        :schema: TelemetrySpecMetricsOverridesMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40dc5c569c1397f8e758c1d769856de2fe8ed34b32dfb79137c1009d9c34c044)
            check_type(argname="argument custom_metric", value=custom_metric, expected_type=type_hints["custom_metric"])
            check_type(argname="argument metric", value=metric, expected_type=type_hints["metric"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if custom_metric is not None:
            self._values["custom_metric"] = custom_metric
        if metric is not None:
            self._values["metric"] = metric
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def custom_metric(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecMetricsOverridesMatch#customMetric
        '''
        result = self._values.get("custom_metric")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric(self) -> typing.Optional["TelemetrySpecMetricsOverridesMatchMetric"]:
        '''
        :schema: TelemetrySpecMetricsOverridesMatch#metric
        '''
        result = self._values.get("metric")
        return typing.cast(typing.Optional["TelemetrySpecMetricsOverridesMatchMetric"], result)

    @builtins.property
    def mode(self) -> typing.Optional["TelemetrySpecMetricsOverridesMatchMode"]:
        '''
        :schema: TelemetrySpecMetricsOverridesMatch#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["TelemetrySpecMetricsOverridesMatchMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetricsOverridesMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistiotelemetry.TelemetrySpecMetricsOverridesMatchMetric")
class TelemetrySpecMetricsOverridesMatchMetric(enum.Enum):
    '''
    :schema: TelemetrySpecMetricsOverridesMatchMetric
    '''

    ALL_UNDERSCORE_METRICS = "ALL_UNDERSCORE_METRICS"
    '''ALL_METRICS.'''
    REQUEST_UNDERSCORE_COUNT = "REQUEST_UNDERSCORE_COUNT"
    '''REQUEST_COUNT.'''
    REQUEST_UNDERSCORE_DURATION = "REQUEST_UNDERSCORE_DURATION"
    '''REQUEST_DURATION.'''
    REQUEST_UNDERSCORE_SIZE = "REQUEST_UNDERSCORE_SIZE"
    '''REQUEST_SIZE.'''
    RESPONSE_UNDERSCORE_SIZE = "RESPONSE_UNDERSCORE_SIZE"
    '''RESPONSE_SIZE.'''
    TCP_UNDERSCORE_OPENED_UNDERSCORE_CONNECTIONS = "TCP_UNDERSCORE_OPENED_UNDERSCORE_CONNECTIONS"
    '''TCP_OPENED_CONNECTIONS.'''
    TCP_UNDERSCORE_CLOSED_UNDERSCORE_CONNECTIONS = "TCP_UNDERSCORE_CLOSED_UNDERSCORE_CONNECTIONS"
    '''TCP_CLOSED_CONNECTIONS.'''
    TCP_UNDERSCORE_SENT_UNDERSCORE_BYTES = "TCP_UNDERSCORE_SENT_UNDERSCORE_BYTES"
    '''TCP_SENT_BYTES.'''
    TCP_UNDERSCORE_RECEIVED_UNDERSCORE_BYTES = "TCP_UNDERSCORE_RECEIVED_UNDERSCORE_BYTES"
    '''TCP_RECEIVED_BYTES.'''
    GRPC_UNDERSCORE_REQUEST_UNDERSCORE_MESSAGES = "GRPC_UNDERSCORE_REQUEST_UNDERSCORE_MESSAGES"
    '''GRPC_REQUEST_MESSAGES.'''
    GRPC_UNDERSCORE_RESPONSE_UNDERSCORE_MESSAGES = "GRPC_UNDERSCORE_RESPONSE_UNDERSCORE_MESSAGES"
    '''GRPC_RESPONSE_MESSAGES.'''


@jsii.enum(jsii_type="ioistiotelemetry.TelemetrySpecMetricsOverridesMatchMode")
class TelemetrySpecMetricsOverridesMatchMode(enum.Enum):
    '''
    :schema: TelemetrySpecMetricsOverridesMatchMode
    '''

    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER"
    '''CLIENT_AND_SERVER.'''
    CLIENT = "CLIENT"
    '''CLIENT.'''
    SERVER = "SERVER"
    '''SERVER.'''


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecMetricsOverridesTagOverrides",
    jsii_struct_bases=[],
    name_mapping={"operation": "operation", "value": "value"},
)
class TelemetrySpecMetricsOverridesTagOverrides:
    def __init__(
        self,
        *,
        operation: typing.Optional["TelemetrySpecMetricsOverridesTagOverridesOperation"] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param operation: 
        :param value: 

        :schema: TelemetrySpecMetricsOverridesTagOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92965f70b57c8e9b9112a50c87f777eb56ea57fab960107637f866a8901e1643)
            check_type(argname="argument operation", value=operation, expected_type=type_hints["operation"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if operation is not None:
            self._values["operation"] = operation
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def operation(
        self,
    ) -> typing.Optional["TelemetrySpecMetricsOverridesTagOverridesOperation"]:
        '''
        :schema: TelemetrySpecMetricsOverridesTagOverrides#operation
        '''
        result = self._values.get("operation")
        return typing.cast(typing.Optional["TelemetrySpecMetricsOverridesTagOverridesOperation"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecMetricsOverridesTagOverrides#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetricsOverridesTagOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioistiotelemetry.TelemetrySpecMetricsOverridesTagOverridesOperation"
)
class TelemetrySpecMetricsOverridesTagOverridesOperation(enum.Enum):
    '''
    :schema: TelemetrySpecMetricsOverridesTagOverridesOperation
    '''

    UPSERT = "UPSERT"
    '''UPSERT.'''
    REMOVE = "REMOVE"
    '''REMOVE.'''


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecMetricsProviders",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class TelemetrySpecMetricsProviders:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: TelemetrySpecMetricsProviders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__30b7303b1ae5b29568fd8023c3cea5634e862936f7e930820e83defeea55d315)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TelemetrySpecMetricsProviders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetricsProviders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecSelector",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class TelemetrySpecSelector:
    def __init__(
        self,
        *,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_labels: 

        :schema: TelemetrySpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f0c27b3bfebf3dd99d80db04587426b86b15d6aa0a8939805a64a170532a6436)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TelemetrySpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTargetRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "group": "group",
        "namespace": "namespace",
    },
)
class TelemetrySpecTargetRef:
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

        :schema: TelemetrySpecTargetRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25fb401070bc863036a48af61d266cd2ea1f8d609f177aaab53e25a25c99e960)
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
        :schema: TelemetrySpecTargetRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TelemetrySpecTargetRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecTargetRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecTargetRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTargetRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "group": "group",
        "namespace": "namespace",
    },
)
class TelemetrySpecTargetRefs:
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

        :schema: TelemetrySpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__726fbcbbbce324a8b2876c9ee61240611be3445a0f5b361865a0a32ba493b8d0)
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
        :schema: TelemetrySpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TelemetrySpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecTargetRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecTargetRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTracing",
    jsii_struct_bases=[],
    name_mapping={
        "custom_tags": "customTags",
        "disable_context_propagation": "disableContextPropagation",
        "disable_span_reporting": "disableSpanReporting",
        "enable_istio_tags": "enableIstioTags",
        "match": "match",
        "providers": "providers",
        "random_sampling_percentage": "randomSamplingPercentage",
        "use_request_id_for_trace_sampling": "useRequestIdForTraceSampling",
    },
)
class TelemetrySpecTracing:
    def __init__(
        self,
        *,
        custom_tags: typing.Optional[typing.Mapping[builtins.str, typing.Union["TelemetrySpecTracingCustomTags", typing.Dict[builtins.str, typing.Any]]]] = None,
        disable_context_propagation: typing.Optional[builtins.bool] = None,
        disable_span_reporting: typing.Optional[builtins.bool] = None,
        enable_istio_tags: typing.Optional[builtins.bool] = None,
        match: typing.Optional[typing.Union["TelemetrySpecTracingMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        providers: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecTracingProviders", typing.Dict[builtins.str, typing.Any]]]] = None,
        random_sampling_percentage: typing.Optional[jsii.Number] = None,
        use_request_id_for_trace_sampling: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param custom_tags: 
        :param disable_context_propagation: 
        :param disable_span_reporting: 
        :param enable_istio_tags: 
        :param match: 
        :param providers: 
        :param random_sampling_percentage: 
        :param use_request_id_for_trace_sampling: 

        :schema: TelemetrySpecTracing
        '''
        if isinstance(match, dict):
            match = TelemetrySpecTracingMatch(**match)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13c27477388ba4a428223a9596d74f7dcad08cf4b8e4e886ff62aabe10b5659f)
            check_type(argname="argument custom_tags", value=custom_tags, expected_type=type_hints["custom_tags"])
            check_type(argname="argument disable_context_propagation", value=disable_context_propagation, expected_type=type_hints["disable_context_propagation"])
            check_type(argname="argument disable_span_reporting", value=disable_span_reporting, expected_type=type_hints["disable_span_reporting"])
            check_type(argname="argument enable_istio_tags", value=enable_istio_tags, expected_type=type_hints["enable_istio_tags"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
            check_type(argname="argument random_sampling_percentage", value=random_sampling_percentage, expected_type=type_hints["random_sampling_percentage"])
            check_type(argname="argument use_request_id_for_trace_sampling", value=use_request_id_for_trace_sampling, expected_type=type_hints["use_request_id_for_trace_sampling"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if custom_tags is not None:
            self._values["custom_tags"] = custom_tags
        if disable_context_propagation is not None:
            self._values["disable_context_propagation"] = disable_context_propagation
        if disable_span_reporting is not None:
            self._values["disable_span_reporting"] = disable_span_reporting
        if enable_istio_tags is not None:
            self._values["enable_istio_tags"] = enable_istio_tags
        if match is not None:
            self._values["match"] = match
        if providers is not None:
            self._values["providers"] = providers
        if random_sampling_percentage is not None:
            self._values["random_sampling_percentage"] = random_sampling_percentage
        if use_request_id_for_trace_sampling is not None:
            self._values["use_request_id_for_trace_sampling"] = use_request_id_for_trace_sampling

    @builtins.property
    def custom_tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TelemetrySpecTracingCustomTags"]]:
        '''
        :schema: TelemetrySpecTracing#customTags
        '''
        result = self._values.get("custom_tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TelemetrySpecTracingCustomTags"]], result)

    @builtins.property
    def disable_context_propagation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TelemetrySpecTracing#disableContextPropagation
        '''
        result = self._values.get("disable_context_propagation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def disable_span_reporting(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TelemetrySpecTracing#disableSpanReporting
        '''
        result = self._values.get("disable_span_reporting")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_istio_tags(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TelemetrySpecTracing#enableIstioTags
        '''
        result = self._values.get("enable_istio_tags")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def match(self) -> typing.Optional["TelemetrySpecTracingMatch"]:
        '''
        :schema: TelemetrySpecTracing#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["TelemetrySpecTracingMatch"], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecTracingProviders"]]:
        '''
        :schema: TelemetrySpecTracing#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecTracingProviders"]], result)

    @builtins.property
    def random_sampling_percentage(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TelemetrySpecTracing#randomSamplingPercentage
        '''
        result = self._values.get("random_sampling_percentage")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_request_id_for_trace_sampling(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TelemetrySpecTracing#useRequestIdForTraceSampling
        '''
        result = self._values.get("use_request_id_for_trace_sampling")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracing(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTracingCustomTags",
    jsii_struct_bases=[],
    name_mapping={
        "environment": "environment",
        "formatter": "formatter",
        "header": "header",
        "literal": "literal",
    },
)
class TelemetrySpecTracingCustomTags:
    def __init__(
        self,
        *,
        environment: typing.Optional[typing.Union["TelemetrySpecTracingCustomTagsEnvironment", typing.Dict[builtins.str, typing.Any]]] = None,
        formatter: typing.Optional[typing.Union["TelemetrySpecTracingCustomTagsFormatter", typing.Dict[builtins.str, typing.Any]]] = None,
        header: typing.Optional[typing.Union["TelemetrySpecTracingCustomTagsHeader", typing.Dict[builtins.str, typing.Any]]] = None,
        literal: typing.Optional[typing.Union["TelemetrySpecTracingCustomTagsLiteral", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param environment: 
        :param formatter: 
        :param header: 
        :param literal: 

        :schema: TelemetrySpecTracingCustomTags
        '''
        if isinstance(environment, dict):
            environment = TelemetrySpecTracingCustomTagsEnvironment(**environment)
        if isinstance(formatter, dict):
            formatter = TelemetrySpecTracingCustomTagsFormatter(**formatter)
        if isinstance(header, dict):
            header = TelemetrySpecTracingCustomTagsHeader(**header)
        if isinstance(literal, dict):
            literal = TelemetrySpecTracingCustomTagsLiteral(**literal)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8a9a9862eac062205a3ab5edecbc05395818da2b605d87579c7c37a9618cc3b)
            check_type(argname="argument environment", value=environment, expected_type=type_hints["environment"])
            check_type(argname="argument formatter", value=formatter, expected_type=type_hints["formatter"])
            check_type(argname="argument header", value=header, expected_type=type_hints["header"])
            check_type(argname="argument literal", value=literal, expected_type=type_hints["literal"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if environment is not None:
            self._values["environment"] = environment
        if formatter is not None:
            self._values["formatter"] = formatter
        if header is not None:
            self._values["header"] = header
        if literal is not None:
            self._values["literal"] = literal

    @builtins.property
    def environment(
        self,
    ) -> typing.Optional["TelemetrySpecTracingCustomTagsEnvironment"]:
        '''
        :schema: TelemetrySpecTracingCustomTags#environment
        '''
        result = self._values.get("environment")
        return typing.cast(typing.Optional["TelemetrySpecTracingCustomTagsEnvironment"], result)

    @builtins.property
    def formatter(self) -> typing.Optional["TelemetrySpecTracingCustomTagsFormatter"]:
        '''
        :schema: TelemetrySpecTracingCustomTags#formatter
        '''
        result = self._values.get("formatter")
        return typing.cast(typing.Optional["TelemetrySpecTracingCustomTagsFormatter"], result)

    @builtins.property
    def header(self) -> typing.Optional["TelemetrySpecTracingCustomTagsHeader"]:
        '''
        :schema: TelemetrySpecTracingCustomTags#header
        '''
        result = self._values.get("header")
        return typing.cast(typing.Optional["TelemetrySpecTracingCustomTagsHeader"], result)

    @builtins.property
    def literal(self) -> typing.Optional["TelemetrySpecTracingCustomTagsLiteral"]:
        '''
        :schema: TelemetrySpecTracingCustomTags#literal
        '''
        result = self._values.get("literal")
        return typing.cast(typing.Optional["TelemetrySpecTracingCustomTagsLiteral"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTags(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTracingCustomTagsEnvironment",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "default_value": "defaultValue"},
)
class TelemetrySpecTracingCustomTagsEnvironment:
    def __init__(
        self,
        *,
        name: builtins.str,
        default_value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param default_value: 

        :schema: TelemetrySpecTracingCustomTagsEnvironment
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5af073a8c0d753cce27e0dea756f202f62c5239541a3aaca81058cd6a11551fa)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument default_value", value=default_value, expected_type=type_hints["default_value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if default_value is not None:
            self._values["default_value"] = default_value

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TelemetrySpecTracingCustomTagsEnvironment#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def default_value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecTracingCustomTagsEnvironment#defaultValue
        '''
        result = self._values.get("default_value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTagsEnvironment(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTracingCustomTagsFormatter",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class TelemetrySpecTracingCustomTagsFormatter:
    def __init__(self, *, value: builtins.str) -> None:
        '''
        :param value: 

        :schema: TelemetrySpecTracingCustomTagsFormatter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec970d1db242227f38ce6b6ff5e9316d99cbf4928496d9be769eb5c2d1a95344)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value": value,
        }

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: TelemetrySpecTracingCustomTagsFormatter#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTagsFormatter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTracingCustomTagsHeader",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "default_value": "defaultValue"},
)
class TelemetrySpecTracingCustomTagsHeader:
    def __init__(
        self,
        *,
        name: builtins.str,
        default_value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param default_value: 

        :schema: TelemetrySpecTracingCustomTagsHeader
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7596205cb49bbadb001fa5870f116c4ac8609bbf22ca7e8496944b16dc732be9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument default_value", value=default_value, expected_type=type_hints["default_value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if default_value is not None:
            self._values["default_value"] = default_value

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TelemetrySpecTracingCustomTagsHeader#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def default_value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TelemetrySpecTracingCustomTagsHeader#defaultValue
        '''
        result = self._values.get("default_value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTagsHeader(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTracingCustomTagsLiteral",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class TelemetrySpecTracingCustomTagsLiteral:
    def __init__(self, *, value: builtins.str) -> None:
        '''
        :param value: 

        :schema: TelemetrySpecTracingCustomTagsLiteral
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__84b48c5250785d0022766251225a9102690191b402456756a7922bef3250a09e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value": value,
        }

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: TelemetrySpecTracingCustomTagsLiteral#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTagsLiteral(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTracingMatch",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode"},
)
class TelemetrySpecTracingMatch:
    def __init__(
        self,
        *,
        mode: typing.Optional["TelemetrySpecTracingMatchMode"] = None,
    ) -> None:
        '''
        :param mode: 

        :schema: TelemetrySpecTracingMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1864708471edc527a61bc6d777f65c76273232902a28c43a03edc22db5976e40)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def mode(self) -> typing.Optional["TelemetrySpecTracingMatchMode"]:
        '''
        :schema: TelemetrySpecTracingMatch#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["TelemetrySpecTracingMatchMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioistiotelemetry.TelemetrySpecTracingMatchMode")
class TelemetrySpecTracingMatchMode(enum.Enum):
    '''
    :schema: TelemetrySpecTracingMatchMode
    '''

    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER"
    '''CLIENT_AND_SERVER.'''
    CLIENT = "CLIENT"
    '''CLIENT.'''
    SERVER = "SERVER"
    '''SERVER.'''


@jsii.data_type(
    jsii_type="ioistiotelemetry.TelemetrySpecTracingProviders",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class TelemetrySpecTracingProviders:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: TelemetrySpecTracingProviders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc59519dc84ccca3642693f437b37e4f39c774db9f53880a7007f4ded69252d5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TelemetrySpecTracingProviders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingProviders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Telemetry",
    "TelemetryProps",
    "TelemetrySpec",
    "TelemetrySpecAccessLogging",
    "TelemetrySpecAccessLoggingFilter",
    "TelemetrySpecAccessLoggingMatch",
    "TelemetrySpecAccessLoggingMatchMode",
    "TelemetrySpecAccessLoggingProviders",
    "TelemetrySpecMetrics",
    "TelemetrySpecMetricsOverrides",
    "TelemetrySpecMetricsOverridesMatch",
    "TelemetrySpecMetricsOverridesMatchMetric",
    "TelemetrySpecMetricsOverridesMatchMode",
    "TelemetrySpecMetricsOverridesTagOverrides",
    "TelemetrySpecMetricsOverridesTagOverridesOperation",
    "TelemetrySpecMetricsProviders",
    "TelemetrySpecSelector",
    "TelemetrySpecTargetRef",
    "TelemetrySpecTargetRefs",
    "TelemetrySpecTracing",
    "TelemetrySpecTracingCustomTags",
    "TelemetrySpecTracingCustomTagsEnvironment",
    "TelemetrySpecTracingCustomTagsFormatter",
    "TelemetrySpecTracingCustomTagsHeader",
    "TelemetrySpecTracingCustomTagsLiteral",
    "TelemetrySpecTracingMatch",
    "TelemetrySpecTracingMatchMode",
    "TelemetrySpecTracingProviders",
]

publication.publish()

def _typecheckingstub__f7f2ff6c1bf6d218cf53de879b32e3d642c5351776c3956de3dac4634fcc3974(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[TelemetrySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45eb0414200472f0979959935219425358f8ab5a5287796a5b9658e3d014661e(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[TelemetrySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd445cf019689c071e7fe1cc5b903f95a8b9a78ec9e6a25b1b83d50d49d536c5(
    *,
    access_logging: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecAccessLogging, typing.Dict[builtins.str, typing.Any]]]] = None,
    metrics: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecMetrics, typing.Dict[builtins.str, typing.Any]]]] = None,
    selector: typing.Optional[typing.Union[TelemetrySpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    target_ref: typing.Optional[typing.Union[TelemetrySpecTargetRef, typing.Dict[builtins.str, typing.Any]]] = None,
    target_refs: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecTargetRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    tracing: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecTracing, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e8a91d51582b05d576933a190dae1dbc834080fd6ce955d46293714bed06b36(
    *,
    disabled: typing.Optional[builtins.bool] = None,
    filter: typing.Optional[typing.Union[TelemetrySpecAccessLoggingFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    match: typing.Optional[typing.Union[TelemetrySpecAccessLoggingMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    providers: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecAccessLoggingProviders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c39f6e9b35d7645b821c616d8da87a80e80ca1103c3641a4ec2c211e8f50ec13(
    *,
    expression: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__566a588cd652952301cbe0692a85b308e238d9fc87802477da800c582a6445be(
    *,
    mode: typing.Optional[TelemetrySpecAccessLoggingMatchMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75c966736b903123c6deb992f0383cc17643a23bda00f8387f13243f57eb5e42(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6557769521a449c60be9a2d7f467a42005a28ab0c74de04bd958418bf07c38c9(
    *,
    overrides: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecMetricsOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
    providers: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecMetricsProviders, typing.Dict[builtins.str, typing.Any]]]] = None,
    reporting_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8999a4e02afd846394f5910ac22972b24d7ded63add111efed632f442ff9f979(
    *,
    disabled: typing.Optional[builtins.bool] = None,
    match: typing.Optional[typing.Union[TelemetrySpecMetricsOverridesMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    tag_overrides: typing.Optional[typing.Mapping[builtins.str, typing.Union[TelemetrySpecMetricsOverridesTagOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40dc5c569c1397f8e758c1d769856de2fe8ed34b32dfb79137c1009d9c34c044(
    *,
    custom_metric: typing.Optional[builtins.str] = None,
    metric: typing.Optional[TelemetrySpecMetricsOverridesMatchMetric] = None,
    mode: typing.Optional[TelemetrySpecMetricsOverridesMatchMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92965f70b57c8e9b9112a50c87f777eb56ea57fab960107637f866a8901e1643(
    *,
    operation: typing.Optional[TelemetrySpecMetricsOverridesTagOverridesOperation] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30b7303b1ae5b29568fd8023c3cea5634e862936f7e930820e83defeea55d315(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0c27b3bfebf3dd99d80db04587426b86b15d6aa0a8939805a64a170532a6436(
    *,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25fb401070bc863036a48af61d266cd2ea1f8d609f177aaab53e25a25c99e960(
    *,
    kind: builtins.str,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__726fbcbbbce324a8b2876c9ee61240611be3445a0f5b361865a0a32ba493b8d0(
    *,
    kind: builtins.str,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13c27477388ba4a428223a9596d74f7dcad08cf4b8e4e886ff62aabe10b5659f(
    *,
    custom_tags: typing.Optional[typing.Mapping[builtins.str, typing.Union[TelemetrySpecTracingCustomTags, typing.Dict[builtins.str, typing.Any]]]] = None,
    disable_context_propagation: typing.Optional[builtins.bool] = None,
    disable_span_reporting: typing.Optional[builtins.bool] = None,
    enable_istio_tags: typing.Optional[builtins.bool] = None,
    match: typing.Optional[typing.Union[TelemetrySpecTracingMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    providers: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecTracingProviders, typing.Dict[builtins.str, typing.Any]]]] = None,
    random_sampling_percentage: typing.Optional[jsii.Number] = None,
    use_request_id_for_trace_sampling: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8a9a9862eac062205a3ab5edecbc05395818da2b605d87579c7c37a9618cc3b(
    *,
    environment: typing.Optional[typing.Union[TelemetrySpecTracingCustomTagsEnvironment, typing.Dict[builtins.str, typing.Any]]] = None,
    formatter: typing.Optional[typing.Union[TelemetrySpecTracingCustomTagsFormatter, typing.Dict[builtins.str, typing.Any]]] = None,
    header: typing.Optional[typing.Union[TelemetrySpecTracingCustomTagsHeader, typing.Dict[builtins.str, typing.Any]]] = None,
    literal: typing.Optional[typing.Union[TelemetrySpecTracingCustomTagsLiteral, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5af073a8c0d753cce27e0dea756f202f62c5239541a3aaca81058cd6a11551fa(
    *,
    name: builtins.str,
    default_value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec970d1db242227f38ce6b6ff5e9316d99cbf4928496d9be769eb5c2d1a95344(
    *,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7596205cb49bbadb001fa5870f116c4ac8609bbf22ca7e8496944b16dc732be9(
    *,
    name: builtins.str,
    default_value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84b48c5250785d0022766251225a9102690191b402456756a7922bef3250a09e(
    *,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1864708471edc527a61bc6d777f65c76273232902a28c43a03edc22db5976e40(
    *,
    mode: typing.Optional[TelemetrySpecTracingMatchMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc59519dc84ccca3642693f437b37e4f39c774db9f53880a7007f4ded69252d5(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
