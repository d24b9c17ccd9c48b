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


class Canary(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="appflagger.Canary",
):
    '''
    :schema: Canary
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["CanarySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Canary" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64302fdd18a7aa8c4df94fcdc22b8a2273b2d43113d356c64585c8e741fc2ed0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = CanaryProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["CanarySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Canary".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = CanaryProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Canary".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="appflagger.CanaryProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class CanaryProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["CanarySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Canary
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = CanarySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa06d00c5f3c032d0dc079cc6d320819978a36ecce8f75395cb4ce07c0280882)
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
        :schema: Canary#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["CanarySpec"]:
        '''
        :schema: Canary#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["CanarySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanaryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpec",
    jsii_struct_bases=[],
    name_mapping={
        "analysis": "analysis",
        "target_ref": "targetRef",
        "autoscaler_ref": "autoscalerRef",
        "ingress_ref": "ingressRef",
        "metrics_server": "metricsServer",
        "progress_deadline_seconds": "progressDeadlineSeconds",
        "provider": "provider",
        "revert_on_deletion": "revertOnDeletion",
        "route_ref": "routeRef",
        "service": "service",
        "skip_analysis": "skipAnalysis",
        "suspend": "suspend",
        "upstream_ref": "upstreamRef",
    },
)
class CanarySpec:
    def __init__(
        self,
        *,
        analysis: typing.Union["CanarySpecAnalysis", typing.Dict[builtins.str, typing.Any]],
        target_ref: typing.Union["CanarySpecTargetRef", typing.Dict[builtins.str, typing.Any]],
        autoscaler_ref: typing.Optional[typing.Union["CanarySpecAutoscalerRef", typing.Dict[builtins.str, typing.Any]]] = None,
        ingress_ref: typing.Optional[typing.Union["CanarySpecIngressRef", typing.Dict[builtins.str, typing.Any]]] = None,
        metrics_server: typing.Optional[builtins.str] = None,
        progress_deadline_seconds: typing.Optional[jsii.Number] = None,
        provider: typing.Optional["CanarySpecProvider"] = None,
        revert_on_deletion: typing.Optional[builtins.bool] = None,
        route_ref: typing.Optional[typing.Union["CanarySpecRouteRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service: typing.Optional[typing.Union["CanarySpecService", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_analysis: typing.Optional[builtins.bool] = None,
        suspend: typing.Optional[builtins.bool] = None,
        upstream_ref: typing.Optional[typing.Union["CanarySpecUpstreamRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param analysis: 
        :param target_ref: 
        :param autoscaler_ref: 
        :param ingress_ref: 
        :param metrics_server: 
        :param progress_deadline_seconds: 
        :param provider: 
        :param revert_on_deletion: 
        :param route_ref: 
        :param service: 
        :param skip_analysis: 
        :param suspend: 
        :param upstream_ref: 

        :schema: CanarySpec
        '''
        if isinstance(analysis, dict):
            analysis = CanarySpecAnalysis(**analysis)
        if isinstance(target_ref, dict):
            target_ref = CanarySpecTargetRef(**target_ref)
        if isinstance(autoscaler_ref, dict):
            autoscaler_ref = CanarySpecAutoscalerRef(**autoscaler_ref)
        if isinstance(ingress_ref, dict):
            ingress_ref = CanarySpecIngressRef(**ingress_ref)
        if isinstance(route_ref, dict):
            route_ref = CanarySpecRouteRef(**route_ref)
        if isinstance(service, dict):
            service = CanarySpecService(**service)
        if isinstance(upstream_ref, dict):
            upstream_ref = CanarySpecUpstreamRef(**upstream_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df27c885497653adb019ef194e7a8f7d60482693eebfc3cc1ea45a05e793f9b9)
            check_type(argname="argument analysis", value=analysis, expected_type=type_hints["analysis"])
            check_type(argname="argument target_ref", value=target_ref, expected_type=type_hints["target_ref"])
            check_type(argname="argument autoscaler_ref", value=autoscaler_ref, expected_type=type_hints["autoscaler_ref"])
            check_type(argname="argument ingress_ref", value=ingress_ref, expected_type=type_hints["ingress_ref"])
            check_type(argname="argument metrics_server", value=metrics_server, expected_type=type_hints["metrics_server"])
            check_type(argname="argument progress_deadline_seconds", value=progress_deadline_seconds, expected_type=type_hints["progress_deadline_seconds"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument revert_on_deletion", value=revert_on_deletion, expected_type=type_hints["revert_on_deletion"])
            check_type(argname="argument route_ref", value=route_ref, expected_type=type_hints["route_ref"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument skip_analysis", value=skip_analysis, expected_type=type_hints["skip_analysis"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument upstream_ref", value=upstream_ref, expected_type=type_hints["upstream_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "analysis": analysis,
            "target_ref": target_ref,
        }
        if autoscaler_ref is not None:
            self._values["autoscaler_ref"] = autoscaler_ref
        if ingress_ref is not None:
            self._values["ingress_ref"] = ingress_ref
        if metrics_server is not None:
            self._values["metrics_server"] = metrics_server
        if progress_deadline_seconds is not None:
            self._values["progress_deadline_seconds"] = progress_deadline_seconds
        if provider is not None:
            self._values["provider"] = provider
        if revert_on_deletion is not None:
            self._values["revert_on_deletion"] = revert_on_deletion
        if route_ref is not None:
            self._values["route_ref"] = route_ref
        if service is not None:
            self._values["service"] = service
        if skip_analysis is not None:
            self._values["skip_analysis"] = skip_analysis
        if suspend is not None:
            self._values["suspend"] = suspend
        if upstream_ref is not None:
            self._values["upstream_ref"] = upstream_ref

    @builtins.property
    def analysis(self) -> "CanarySpecAnalysis":
        '''
        :schema: CanarySpec#analysis
        '''
        result = self._values.get("analysis")
        assert result is not None, "Required property 'analysis' is missing"
        return typing.cast("CanarySpecAnalysis", result)

    @builtins.property
    def target_ref(self) -> "CanarySpecTargetRef":
        '''
        :schema: CanarySpec#targetRef
        '''
        result = self._values.get("target_ref")
        assert result is not None, "Required property 'target_ref' is missing"
        return typing.cast("CanarySpecTargetRef", result)

    @builtins.property
    def autoscaler_ref(self) -> typing.Optional["CanarySpecAutoscalerRef"]:
        '''
        :schema: CanarySpec#autoscalerRef
        '''
        result = self._values.get("autoscaler_ref")
        return typing.cast(typing.Optional["CanarySpecAutoscalerRef"], result)

    @builtins.property
    def ingress_ref(self) -> typing.Optional["CanarySpecIngressRef"]:
        '''
        :schema: CanarySpec#ingressRef
        '''
        result = self._values.get("ingress_ref")
        return typing.cast(typing.Optional["CanarySpecIngressRef"], result)

    @builtins.property
    def metrics_server(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpec#metricsServer
        '''
        result = self._values.get("metrics_server")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def progress_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpec#progressDeadlineSeconds
        '''
        result = self._values.get("progress_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def provider(self) -> typing.Optional["CanarySpecProvider"]:
        '''
        :schema: CanarySpec#provider
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["CanarySpecProvider"], result)

    @builtins.property
    def revert_on_deletion(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpec#revertOnDeletion
        '''
        result = self._values.get("revert_on_deletion")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def route_ref(self) -> typing.Optional["CanarySpecRouteRef"]:
        '''
        :schema: CanarySpec#routeRef
        '''
        result = self._values.get("route_ref")
        return typing.cast(typing.Optional["CanarySpecRouteRef"], result)

    @builtins.property
    def service(self) -> typing.Optional["CanarySpecService"]:
        '''
        :schema: CanarySpec#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["CanarySpecService"], result)

    @builtins.property
    def skip_analysis(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpec#skipAnalysis
        '''
        result = self._values.get("skip_analysis")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def upstream_ref(self) -> typing.Optional["CanarySpecUpstreamRef"]:
        '''
        :schema: CanarySpec#upstreamRef
        '''
        result = self._values.get("upstream_ref")
        return typing.cast(typing.Optional["CanarySpecUpstreamRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysis",
    jsii_struct_bases=[],
    name_mapping={
        "alerts": "alerts",
        "canary_ready_threshold": "canaryReadyThreshold",
        "interval": "interval",
        "iterations": "iterations",
        "match": "match",
        "max_weight": "maxWeight",
        "metrics": "metrics",
        "mirror": "mirror",
        "mirror_weight": "mirrorWeight",
        "primary_ready_threshold": "primaryReadyThreshold",
        "session_affinity": "sessionAffinity",
        "step_weight": "stepWeight",
        "step_weight_promotion": "stepWeightPromotion",
        "step_weights": "stepWeights",
        "threshold": "threshold",
        "webhooks": "webhooks",
    },
)
class CanarySpecAnalysis:
    def __init__(
        self,
        *,
        alerts: typing.Optional[typing.Sequence[typing.Union["CanarySpecAnalysisAlerts", typing.Dict[builtins.str, typing.Any]]]] = None,
        canary_ready_threshold: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        iterations: typing.Optional[jsii.Number] = None,
        match: typing.Optional[typing.Sequence[typing.Union["CanarySpecAnalysisMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        max_weight: typing.Optional[jsii.Number] = None,
        metrics: typing.Optional[typing.Sequence[typing.Union["CanarySpecAnalysisMetrics", typing.Dict[builtins.str, typing.Any]]]] = None,
        mirror: typing.Optional[builtins.bool] = None,
        mirror_weight: typing.Optional[jsii.Number] = None,
        primary_ready_threshold: typing.Optional[jsii.Number] = None,
        session_affinity: typing.Optional[typing.Union["CanarySpecAnalysisSessionAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        step_weight: typing.Optional[jsii.Number] = None,
        step_weight_promotion: typing.Optional[jsii.Number] = None,
        step_weights: typing.Optional[typing.Sequence[jsii.Number]] = None,
        threshold: typing.Optional[jsii.Number] = None,
        webhooks: typing.Optional[typing.Sequence[typing.Union["CanarySpecAnalysisWebhooks", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param alerts: 
        :param canary_ready_threshold: 
        :param interval: 
        :param iterations: 
        :param match: 
        :param max_weight: 
        :param metrics: 
        :param mirror: 
        :param mirror_weight: 
        :param primary_ready_threshold: 
        :param session_affinity: 
        :param step_weight: 
        :param step_weight_promotion: 
        :param step_weights: 
        :param threshold: 
        :param webhooks: 

        :schema: CanarySpecAnalysis
        '''
        if isinstance(session_affinity, dict):
            session_affinity = CanarySpecAnalysisSessionAffinity(**session_affinity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fc4aa2a9ea5bcf5c2747b783fe2ecc44f907461b63b668f443633fc90a63dc5)
            check_type(argname="argument alerts", value=alerts, expected_type=type_hints["alerts"])
            check_type(argname="argument canary_ready_threshold", value=canary_ready_threshold, expected_type=type_hints["canary_ready_threshold"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument iterations", value=iterations, expected_type=type_hints["iterations"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument max_weight", value=max_weight, expected_type=type_hints["max_weight"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument mirror_weight", value=mirror_weight, expected_type=type_hints["mirror_weight"])
            check_type(argname="argument primary_ready_threshold", value=primary_ready_threshold, expected_type=type_hints["primary_ready_threshold"])
            check_type(argname="argument session_affinity", value=session_affinity, expected_type=type_hints["session_affinity"])
            check_type(argname="argument step_weight", value=step_weight, expected_type=type_hints["step_weight"])
            check_type(argname="argument step_weight_promotion", value=step_weight_promotion, expected_type=type_hints["step_weight_promotion"])
            check_type(argname="argument step_weights", value=step_weights, expected_type=type_hints["step_weights"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
            check_type(argname="argument webhooks", value=webhooks, expected_type=type_hints["webhooks"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alerts is not None:
            self._values["alerts"] = alerts
        if canary_ready_threshold is not None:
            self._values["canary_ready_threshold"] = canary_ready_threshold
        if interval is not None:
            self._values["interval"] = interval
        if iterations is not None:
            self._values["iterations"] = iterations
        if match is not None:
            self._values["match"] = match
        if max_weight is not None:
            self._values["max_weight"] = max_weight
        if metrics is not None:
            self._values["metrics"] = metrics
        if mirror is not None:
            self._values["mirror"] = mirror
        if mirror_weight is not None:
            self._values["mirror_weight"] = mirror_weight
        if primary_ready_threshold is not None:
            self._values["primary_ready_threshold"] = primary_ready_threshold
        if session_affinity is not None:
            self._values["session_affinity"] = session_affinity
        if step_weight is not None:
            self._values["step_weight"] = step_weight
        if step_weight_promotion is not None:
            self._values["step_weight_promotion"] = step_weight_promotion
        if step_weights is not None:
            self._values["step_weights"] = step_weights
        if threshold is not None:
            self._values["threshold"] = threshold
        if webhooks is not None:
            self._values["webhooks"] = webhooks

    @builtins.property
    def alerts(self) -> typing.Optional[typing.List["CanarySpecAnalysisAlerts"]]:
        '''
        :schema: CanarySpecAnalysis#alerts
        '''
        result = self._values.get("alerts")
        return typing.cast(typing.Optional[typing.List["CanarySpecAnalysisAlerts"]], result)

    @builtins.property
    def canary_ready_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysis#canaryReadyThreshold
        '''
        result = self._values.get("canary_ready_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysis#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def iterations(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysis#iterations
        '''
        result = self._values.get("iterations")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def match(self) -> typing.Optional[typing.List["CanarySpecAnalysisMatch"]]:
        '''
        :schema: CanarySpecAnalysis#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["CanarySpecAnalysisMatch"]], result)

    @builtins.property
    def max_weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysis#maxWeight
        '''
        result = self._values.get("max_weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def metrics(self) -> typing.Optional[typing.List["CanarySpecAnalysisMetrics"]]:
        '''
        :schema: CanarySpecAnalysis#metrics
        '''
        result = self._values.get("metrics")
        return typing.cast(typing.Optional[typing.List["CanarySpecAnalysisMetrics"]], result)

    @builtins.property
    def mirror(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecAnalysis#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mirror_weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysis#mirrorWeight
        '''
        result = self._values.get("mirror_weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def primary_ready_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysis#primaryReadyThreshold
        '''
        result = self._values.get("primary_ready_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def session_affinity(self) -> typing.Optional["CanarySpecAnalysisSessionAffinity"]:
        '''
        :schema: CanarySpecAnalysis#sessionAffinity
        '''
        result = self._values.get("session_affinity")
        return typing.cast(typing.Optional["CanarySpecAnalysisSessionAffinity"], result)

    @builtins.property
    def step_weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysis#stepWeight
        '''
        result = self._values.get("step_weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def step_weight_promotion(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysis#stepWeightPromotion
        '''
        result = self._values.get("step_weight_promotion")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def step_weights(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''
        :schema: CanarySpecAnalysis#stepWeights
        '''
        result = self._values.get("step_weights")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysis#threshold
        '''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def webhooks(self) -> typing.Optional[typing.List["CanarySpecAnalysisWebhooks"]]:
        '''
        :schema: CanarySpecAnalysis#webhooks
        '''
        result = self._values.get("webhooks")
        return typing.cast(typing.Optional[typing.List["CanarySpecAnalysisWebhooks"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysis(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisAlerts",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "provider_ref": "providerRef",
        "severity": "severity",
    },
)
class CanarySpecAnalysisAlerts:
    def __init__(
        self,
        *,
        name: builtins.str,
        provider_ref: typing.Union["CanarySpecAnalysisAlertsProviderRef", typing.Dict[builtins.str, typing.Any]],
        severity: typing.Optional["CanarySpecAnalysisAlertsSeverity"] = None,
    ) -> None:
        '''
        :param name: 
        :param provider_ref: 
        :param severity: 

        :schema: CanarySpecAnalysisAlerts
        '''
        if isinstance(provider_ref, dict):
            provider_ref = CanarySpecAnalysisAlertsProviderRef(**provider_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8f441096b7f408ec6c60b5e3b7acee14db907f892c49135b1e6125b95364bca)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument provider_ref", value=provider_ref, expected_type=type_hints["provider_ref"])
            check_type(argname="argument severity", value=severity, expected_type=type_hints["severity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "provider_ref": provider_ref,
        }
        if severity is not None:
            self._values["severity"] = severity

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecAnalysisAlerts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def provider_ref(self) -> "CanarySpecAnalysisAlertsProviderRef":
        '''
        :schema: CanarySpecAnalysisAlerts#providerRef
        '''
        result = self._values.get("provider_ref")
        assert result is not None, "Required property 'provider_ref' is missing"
        return typing.cast("CanarySpecAnalysisAlertsProviderRef", result)

    @builtins.property
    def severity(self) -> typing.Optional["CanarySpecAnalysisAlertsSeverity"]:
        '''
        :schema: CanarySpecAnalysisAlerts#severity
        '''
        result = self._values.get("severity")
        return typing.cast(typing.Optional["CanarySpecAnalysisAlertsSeverity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisAlerts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisAlertsProviderRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class CanarySpecAnalysisAlertsProviderRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: CanarySpecAnalysisAlertsProviderRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4882ce727fb7e09595358f59802307ba694101be072724a84b1321a88eb820f4)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecAnalysisAlertsProviderRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisAlertsProviderRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisAlertsProviderRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecAnalysisAlertsSeverity")
class CanarySpecAnalysisAlertsSeverity(enum.Enum):
    '''
    :schema: CanarySpecAnalysisAlertsSeverity
    '''

    INFO = "INFO"
    '''info.'''
    WARN = "WARN"
    '''warn.'''
    ERROR = "ERROR"
    '''error.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisMatch",
    jsii_struct_bases=[],
    name_mapping={
        "headers": "headers",
        "query_params": "queryParams",
        "source_labels": "sourceLabels",
    },
)
class CanarySpecAnalysisMatch:
    def __init__(
        self,
        *,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["CanarySpecAnalysisMatchHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union["CanarySpecAnalysisMatchQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param headers: 
        :param query_params: 
        :param source_labels: 

        :schema: CanarySpecAnalysisMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__553dc269e1678d40ca937bb96343943cbb42c025fd457e7d8182b90d23013450)
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if headers is not None:
            self._values["headers"] = headers
        if query_params is not None:
            self._values["query_params"] = query_params
        if source_labels is not None:
            self._values["source_labels"] = source_labels

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "CanarySpecAnalysisMatchHeaders"]]:
        '''
        :schema: CanarySpecAnalysisMatch#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "CanarySpecAnalysisMatchHeaders"]], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "CanarySpecAnalysisMatchQueryParams"]]:
        '''
        :schema: CanarySpecAnalysisMatch#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "CanarySpecAnalysisMatchQueryParams"]], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecAnalysisMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisMatchHeaders",
    jsii_struct_bases=[],
    name_mapping={
        "exact": "exact",
        "prefix": "prefix",
        "regex": "regex",
        "suffix": "suffix",
    },
)
class CanarySpecAnalysisMatchHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
        suffix: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: 
        :param suffix: 

        :schema: CanarySpecAnalysisMatchHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6dd415d9c394d7e25a7d738e9efa72d555b7668fc782a5d5a811ea7aa657f2b5)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument suffix", value=suffix, expected_type=type_hints["suffix"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex
        if suffix is not None:
            self._values["suffix"] = suffix

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMatchHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMatchHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMatchHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def suffix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMatchHeaders#suffix
        '''
        result = self._values.get("suffix")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisMatchHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisMatchQueryParams",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecAnalysisMatchQueryParams:
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

        :schema: CanarySpecAnalysisMatchQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9013e3e7e14d1c2545a51e175d1884f3365e43cb9d72c6d2ba428ea695352fd)
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
        :schema: CanarySpecAnalysisMatchQueryParams#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMatchQueryParams#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMatchQueryParams#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisMatchQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisMetrics",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "interval": "interval",
        "query": "query",
        "template_ref": "templateRef",
        "template_variables": "templateVariables",
        "threshold": "threshold",
        "threshold_range": "thresholdRange",
    },
)
class CanarySpecAnalysisMetrics:
    def __init__(
        self,
        *,
        name: builtins.str,
        interval: typing.Optional[builtins.str] = None,
        query: typing.Optional[builtins.str] = None,
        template_ref: typing.Optional[typing.Union["CanarySpecAnalysisMetricsTemplateRef", typing.Dict[builtins.str, typing.Any]]] = None,
        template_variables: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        threshold: typing.Optional[jsii.Number] = None,
        threshold_range: typing.Optional[typing.Union["CanarySpecAnalysisMetricsThresholdRange", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param interval: 
        :param query: 
        :param template_ref: 
        :param template_variables: 
        :param threshold: 
        :param threshold_range: 

        :schema: CanarySpecAnalysisMetrics
        '''
        if isinstance(template_ref, dict):
            template_ref = CanarySpecAnalysisMetricsTemplateRef(**template_ref)
        if isinstance(threshold_range, dict):
            threshold_range = CanarySpecAnalysisMetricsThresholdRange(**threshold_range)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef85d0cb28797043a736decfe80aa275ceffa0ab3058e150ba81c0da0d59db18)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument query", value=query, expected_type=type_hints["query"])
            check_type(argname="argument template_ref", value=template_ref, expected_type=type_hints["template_ref"])
            check_type(argname="argument template_variables", value=template_variables, expected_type=type_hints["template_variables"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
            check_type(argname="argument threshold_range", value=threshold_range, expected_type=type_hints["threshold_range"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if interval is not None:
            self._values["interval"] = interval
        if query is not None:
            self._values["query"] = query
        if template_ref is not None:
            self._values["template_ref"] = template_ref
        if template_variables is not None:
            self._values["template_variables"] = template_variables
        if threshold is not None:
            self._values["threshold"] = threshold
        if threshold_range is not None:
            self._values["threshold_range"] = threshold_range

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecAnalysisMetrics#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMetrics#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def query(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMetrics#query
        '''
        result = self._values.get("query")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template_ref(self) -> typing.Optional["CanarySpecAnalysisMetricsTemplateRef"]:
        '''
        :schema: CanarySpecAnalysisMetrics#templateRef
        '''
        result = self._values.get("template_ref")
        return typing.cast(typing.Optional["CanarySpecAnalysisMetricsTemplateRef"], result)

    @builtins.property
    def template_variables(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecAnalysisMetrics#templateVariables
        '''
        result = self._values.get("template_variables")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysisMetrics#threshold
        '''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def threshold_range(
        self,
    ) -> typing.Optional["CanarySpecAnalysisMetricsThresholdRange"]:
        '''
        :schema: CanarySpecAnalysisMetrics#thresholdRange
        '''
        result = self._values.get("threshold_range")
        return typing.cast(typing.Optional["CanarySpecAnalysisMetricsThresholdRange"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisMetrics(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisMetricsTemplateRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class CanarySpecAnalysisMetricsTemplateRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: CanarySpecAnalysisMetricsTemplateRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42531476a6bf96a591890ed1cc75459662efae03c6dc963332b634acdca7464f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecAnalysisMetricsTemplateRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisMetricsTemplateRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisMetricsTemplateRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisMetricsThresholdRange",
    jsii_struct_bases=[],
    name_mapping={"max": "max", "min": "min"},
)
class CanarySpecAnalysisMetricsThresholdRange:
    def __init__(
        self,
        *,
        max: typing.Optional[jsii.Number] = None,
        min: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param max: 
        :param min: 

        :schema: CanarySpecAnalysisMetricsThresholdRange
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4abc49007f206a8b973f31ee0f14ee3f3fa7b3410489ad010aeb12f85c427d2f)
            check_type(argname="argument max", value=max, expected_type=type_hints["max"])
            check_type(argname="argument min", value=min, expected_type=type_hints["min"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max is not None:
            self._values["max"] = max
        if min is not None:
            self._values["min"] = min

    @builtins.property
    def max(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysisMetricsThresholdRange#max
        '''
        result = self._values.get("max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysisMetricsThresholdRange#min
        '''
        result = self._values.get("min")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisMetricsThresholdRange(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisSessionAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "cookie_name": "cookieName",
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "partitioned": "partitioned",
        "path": "path",
        "primary_cookie_name": "primaryCookieName",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class CanarySpecAnalysisSessionAffinity:
    def __init__(
        self,
        *,
        cookie_name: builtins.str,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        partitioned: typing.Optional[builtins.bool] = None,
        path: typing.Optional[builtins.str] = None,
        primary_cookie_name: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["CanarySpecAnalysisSessionAffinitySameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param cookie_name: 
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param partitioned: 
        :param path: 
        :param primary_cookie_name: 
        :param same_site: 
        :param secure: 

        :schema: CanarySpecAnalysisSessionAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__100b8ab6fb2d8d3fc58f6149ed7c65ac52c0f39dc42f48ebae282075379d6564)
            check_type(argname="argument cookie_name", value=cookie_name, expected_type=type_hints["cookie_name"])
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument partitioned", value=partitioned, expected_type=type_hints["partitioned"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument primary_cookie_name", value=primary_cookie_name, expected_type=type_hints["primary_cookie_name"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cookie_name": cookie_name,
        }
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if partitioned is not None:
            self._values["partitioned"] = partitioned
        if path is not None:
            self._values["path"] = path
        if primary_cookie_name is not None:
            self._values["primary_cookie_name"] = primary_cookie_name
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def cookie_name(self) -> builtins.str:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#cookieName
        '''
        result = self._values.get("cookie_name")
        assert result is not None, "Required property 'cookie_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def partitioned(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#partitioned
        '''
        result = self._values.get("partitioned")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def primary_cookie_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#primaryCookieName
        '''
        result = self._values.get("primary_cookie_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(self) -> typing.Optional["CanarySpecAnalysisSessionAffinitySameSite"]:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["CanarySpecAnalysisSessionAffinitySameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecAnalysisSessionAffinity#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisSessionAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecAnalysisSessionAffinitySameSite")
class CanarySpecAnalysisSessionAffinitySameSite(enum.Enum):
    '''
    :schema: CanarySpecAnalysisSessionAffinitySameSite
    '''

    STRICT = "STRICT"
    '''Strict.'''
    LAX = "LAX"
    '''Lax.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAnalysisWebhooks",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "url": "url",
        "disable_tls": "disableTls",
        "metadata": "metadata",
        "mute_alert": "muteAlert",
        "retries": "retries",
        "timeout": "timeout",
        "type": "type",
    },
)
class CanarySpecAnalysisWebhooks:
    def __init__(
        self,
        *,
        name: builtins.str,
        url: builtins.str,
        disable_tls: typing.Optional[builtins.bool] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        mute_alert: typing.Optional[builtins.bool] = None,
        retries: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional[builtins.str] = None,
        type: typing.Optional["CanarySpecAnalysisWebhooksType"] = None,
    ) -> None:
        '''
        :param name: 
        :param url: 
        :param disable_tls: 
        :param metadata: 
        :param mute_alert: 
        :param retries: 
        :param timeout: 
        :param type: 

        :schema: CanarySpecAnalysisWebhooks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5af298e6e5d4cc44cabed02c181cb203d39987cada191bec949c3e1b4146ff54)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument disable_tls", value=disable_tls, expected_type=type_hints["disable_tls"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument mute_alert", value=mute_alert, expected_type=type_hints["mute_alert"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "url": url,
        }
        if disable_tls is not None:
            self._values["disable_tls"] = disable_tls
        if metadata is not None:
            self._values["metadata"] = metadata
        if mute_alert is not None:
            self._values["mute_alert"] = mute_alert
        if retries is not None:
            self._values["retries"] = retries
        if timeout is not None:
            self._values["timeout"] = timeout
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecAnalysisWebhooks#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def url(self) -> builtins.str:
        '''
        :schema: CanarySpecAnalysisWebhooks#url
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def disable_tls(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecAnalysisWebhooks#disableTLS
        '''
        result = self._values.get("disable_tls")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecAnalysisWebhooks#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def mute_alert(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecAnalysisWebhooks#muteAlert
        '''
        result = self._values.get("mute_alert")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAnalysisWebhooks#retries
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecAnalysisWebhooks#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional["CanarySpecAnalysisWebhooksType"]:
        '''
        :schema: CanarySpecAnalysisWebhooks#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["CanarySpecAnalysisWebhooksType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAnalysisWebhooks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecAnalysisWebhooksType")
class CanarySpecAnalysisWebhooksType(enum.Enum):
    '''
    :schema: CanarySpecAnalysisWebhooksType
    '''

    CONFIRM_HYPHEN_ROLLOUT = "CONFIRM_HYPHEN_ROLLOUT"
    '''confirm-rollout.'''
    PRE_HYPHEN_ROLLOUT = "PRE_HYPHEN_ROLLOUT"
    '''pre-rollout.'''
    ROLLOUT = "ROLLOUT"
    '''rollout.'''
    CONFIRM_HYPHEN_PROMOTION = "CONFIRM_HYPHEN_PROMOTION"
    '''confirm-promotion.'''
    POST_HYPHEN_ROLLOUT = "POST_HYPHEN_ROLLOUT"
    '''post-rollout.'''
    EVENT = "EVENT"
    '''event.'''
    ROLLBACK = "ROLLBACK"
    '''rollback.'''
    CONFIRM_HYPHEN_TRAFFIC_HYPHEN_INCREASE = "CONFIRM_HYPHEN_TRAFFIC_HYPHEN_INCREASE"
    '''confirm-traffic-increase.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAutoscalerRef",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "kind": "kind",
        "name": "name",
        "primary_scaler_queries": "primaryScalerQueries",
        "primary_scaler_replicas": "primaryScalerReplicas",
    },
)
class CanarySpecAutoscalerRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: "CanarySpecAutoscalerRefKind",
        name: builtins.str,
        primary_scaler_queries: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        primary_scaler_replicas: typing.Optional[typing.Union["CanarySpecAutoscalerRefPrimaryScalerReplicas", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param api_version: 
        :param kind: 
        :param name: 
        :param primary_scaler_queries: 
        :param primary_scaler_replicas: 

        :schema: CanarySpecAutoscalerRef
        '''
        if isinstance(primary_scaler_replicas, dict):
            primary_scaler_replicas = CanarySpecAutoscalerRefPrimaryScalerReplicas(**primary_scaler_replicas)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c52f335d2e75e98c9821248fa34da4ac7a4b63124a02d6192ce63d83543d400b)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument primary_scaler_queries", value=primary_scaler_queries, expected_type=type_hints["primary_scaler_queries"])
            check_type(argname="argument primary_scaler_replicas", value=primary_scaler_replicas, expected_type=type_hints["primary_scaler_replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
        }
        if primary_scaler_queries is not None:
            self._values["primary_scaler_queries"] = primary_scaler_queries
        if primary_scaler_replicas is not None:
            self._values["primary_scaler_replicas"] = primary_scaler_replicas

    @builtins.property
    def api_version(self) -> builtins.str:
        '''
        :schema: CanarySpecAutoscalerRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> "CanarySpecAutoscalerRefKind":
        '''
        :schema: CanarySpecAutoscalerRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("CanarySpecAutoscalerRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecAutoscalerRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def primary_scaler_queries(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecAutoscalerRef#primaryScalerQueries
        '''
        result = self._values.get("primary_scaler_queries")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def primary_scaler_replicas(
        self,
    ) -> typing.Optional["CanarySpecAutoscalerRefPrimaryScalerReplicas"]:
        '''
        :schema: CanarySpecAutoscalerRef#primaryScalerReplicas
        '''
        result = self._values.get("primary_scaler_replicas")
        return typing.cast(typing.Optional["CanarySpecAutoscalerRefPrimaryScalerReplicas"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAutoscalerRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecAutoscalerRefKind")
class CanarySpecAutoscalerRefKind(enum.Enum):
    '''
    :schema: CanarySpecAutoscalerRefKind
    '''

    HORIZONTAL_POD_AUTOSCALER = "HORIZONTAL_POD_AUTOSCALER"
    '''HorizontalPodAutoscaler.'''
    SCALED_OBJECT = "SCALED_OBJECT"
    '''ScaledObject.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecAutoscalerRefPrimaryScalerReplicas",
    jsii_struct_bases=[],
    name_mapping={"max_replicas": "maxReplicas", "min_replicas": "minReplicas"},
)
class CanarySpecAutoscalerRefPrimaryScalerReplicas:
    def __init__(
        self,
        *,
        max_replicas: typing.Optional[jsii.Number] = None,
        min_replicas: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param max_replicas: 
        :param min_replicas: 

        :schema: CanarySpecAutoscalerRefPrimaryScalerReplicas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__029f1906c167e01a15364a27f6b4a6e66195dac18fead1aab97e5cf4f1b85879)
            check_type(argname="argument max_replicas", value=max_replicas, expected_type=type_hints["max_replicas"])
            check_type(argname="argument min_replicas", value=min_replicas, expected_type=type_hints["min_replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_replicas is not None:
            self._values["max_replicas"] = max_replicas
        if min_replicas is not None:
            self._values["min_replicas"] = min_replicas

    @builtins.property
    def max_replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAutoscalerRefPrimaryScalerReplicas#maxReplicas
        '''
        result = self._values.get("max_replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecAutoscalerRefPrimaryScalerReplicas#minReplicas
        '''
        result = self._values.get("min_replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecAutoscalerRefPrimaryScalerReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecIngressRef",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "name": "name"},
)
class CanarySpecIngressRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: "CanarySpecIngressRefKind",
        name: builtins.str,
    ) -> None:
        '''
        :param api_version: 
        :param kind: 
        :param name: 

        :schema: CanarySpecIngressRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__175f4a44867180cf097c44877128dec40a51e55e5d69873c6f11ce329f51ab5b)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''
        :schema: CanarySpecIngressRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> "CanarySpecIngressRefKind":
        '''
        :schema: CanarySpecIngressRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("CanarySpecIngressRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecIngressRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecIngressRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecIngressRefKind")
class CanarySpecIngressRefKind(enum.Enum):
    '''
    :schema: CanarySpecIngressRefKind
    '''

    INGRESS = "INGRESS"
    '''Ingress.'''


@jsii.enum(jsii_type="appflagger.CanarySpecProvider")
class CanarySpecProvider(enum.Enum):
    '''
    :schema: CanarySpecProvider
    '''

    APISIX = "APISIX"
    '''apisix.'''
    APPMESH = "APPMESH"
    '''appmesh.'''
    APPMESH_V1BETA2 = "APPMESH_V1BETA2"
    '''appmesh:v1beta2.'''
    CONTOUR = "CONTOUR"
    '''contour.'''
    GATEWAYAPI_V1 = "GATEWAYAPI_V1"
    '''gatewayapi:v1.'''
    GATEWAYAPI_V1BETA1 = "GATEWAYAPI_V1BETA1"
    '''gatewayapi:v1beta1.'''
    GLOO = "GLOO"
    '''gloo.'''
    ISTIO = "ISTIO"
    '''istio.'''
    KNATIVE = "KNATIVE"
    '''knative.'''
    KUBERNETES = "KUBERNETES"
    '''kubernetes.'''
    KUMA = "KUMA"
    '''kuma.'''
    LINKERD = "LINKERD"
    '''linkerd.'''
    NGINX = "NGINX"
    '''nginx.'''
    OSM = "OSM"
    '''osm.'''
    SKIPPER = "SKIPPER"
    '''skipper.'''
    SMI_V1ALPHA1 = "SMI_V1ALPHA1"
    '''smi:v1alpha1.'''
    SMI_V1ALPHA2 = "SMI_V1ALPHA2"
    '''smi:v1alpha2.'''
    SMI_V1ALPHA3 = "SMI_V1ALPHA3"
    '''smi:v1alpha3.'''
    TRAEFIK = "TRAEFIK"
    '''traefik.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecRouteRef",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "name": "name"},
)
class CanarySpecRouteRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: "CanarySpecRouteRefKind",
        name: builtins.str,
    ) -> None:
        '''
        :param api_version: 
        :param kind: 
        :param name: 

        :schema: CanarySpecRouteRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74969523da2b511af0725b1ba3fed1a94667e80148b071e448017527d7e4b312)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''
        :schema: CanarySpecRouteRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> "CanarySpecRouteRefKind":
        '''
        :schema: CanarySpecRouteRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("CanarySpecRouteRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecRouteRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecRouteRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecRouteRefKind")
class CanarySpecRouteRefKind(enum.Enum):
    '''
    :schema: CanarySpecRouteRefKind
    '''

    APISIX_ROUTE = "APISIX_ROUTE"
    '''ApisixRoute.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecService",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "apex": "apex",
        "app_protocol": "appProtocol",
        "backends": "backends",
        "backend_timeout": "backendTimeout",
        "canary": "canary",
        "cors_policy": "corsPolicy",
        "delegation": "delegation",
        "gateway_refs": "gatewayRefs",
        "gateways": "gateways",
        "headers": "headers",
        "headless": "headless",
        "hosts": "hosts",
        "match": "match",
        "mesh_name": "meshName",
        "mirror": "mirror",
        "name": "name",
        "port_discovery": "portDiscovery",
        "port_name": "portName",
        "primary": "primary",
        "retries": "retries",
        "rewrite": "rewrite",
        "target_port": "targetPort",
        "timeout": "timeout",
        "traffic_distribution": "trafficDistribution",
        "traffic_policy": "trafficPolicy",
        "unmanaged_metadata": "unmanagedMetadata",
    },
)
class CanarySpecService:
    def __init__(
        self,
        *,
        port: jsii.Number,
        apex: typing.Optional[typing.Union["CanarySpecServiceApex", typing.Dict[builtins.str, typing.Any]]] = None,
        app_protocol: typing.Optional[builtins.str] = None,
        backends: typing.Optional[typing.Sequence[builtins.str]] = None,
        backend_timeout: typing.Optional[builtins.str] = None,
        canary: typing.Optional[typing.Union["CanarySpecServiceCanary", typing.Dict[builtins.str, typing.Any]]] = None,
        cors_policy: typing.Optional[typing.Union["CanarySpecServiceCorsPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        delegation: typing.Optional[builtins.bool] = None,
        gateway_refs: typing.Optional[typing.Sequence[typing.Union["CanarySpecServiceGatewayRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        headers: typing.Optional[typing.Union["CanarySpecServiceHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        headless: typing.Optional[builtins.bool] = None,
        hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
        match: typing.Optional[typing.Sequence[typing.Union["CanarySpecServiceMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        mesh_name: typing.Optional[builtins.str] = None,
        mirror: typing.Optional[typing.Sequence[typing.Union["CanarySpecServiceMirror", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        port_discovery: typing.Optional[builtins.bool] = None,
        port_name: typing.Optional[builtins.str] = None,
        primary: typing.Optional[typing.Union["CanarySpecServicePrimary", typing.Dict[builtins.str, typing.Any]]] = None,
        retries: typing.Optional[typing.Union["CanarySpecServiceRetries", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Union["CanarySpecServiceRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
        target_port: typing.Any = None,
        timeout: typing.Optional[builtins.str] = None,
        traffic_distribution: typing.Optional["CanarySpecServiceTrafficDistribution"] = None,
        traffic_policy: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        unmanaged_metadata: typing.Optional[typing.Union["CanarySpecServiceUnmanagedMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param port: 
        :param apex: 
        :param app_protocol: 
        :param backends: 
        :param backend_timeout: 
        :param canary: 
        :param cors_policy: 
        :param delegation: 
        :param gateway_refs: 
        :param gateways: 
        :param headers: 
        :param headless: 
        :param hosts: 
        :param match: 
        :param mesh_name: 
        :param mirror: 
        :param name: 
        :param port_discovery: 
        :param port_name: 
        :param primary: 
        :param retries: 
        :param rewrite: 
        :param target_port: 
        :param timeout: 
        :param traffic_distribution: 
        :param traffic_policy: 
        :param unmanaged_metadata: 

        :schema: CanarySpecService
        '''
        if isinstance(apex, dict):
            apex = CanarySpecServiceApex(**apex)
        if isinstance(canary, dict):
            canary = CanarySpecServiceCanary(**canary)
        if isinstance(cors_policy, dict):
            cors_policy = CanarySpecServiceCorsPolicy(**cors_policy)
        if isinstance(headers, dict):
            headers = CanarySpecServiceHeaders(**headers)
        if isinstance(primary, dict):
            primary = CanarySpecServicePrimary(**primary)
        if isinstance(retries, dict):
            retries = CanarySpecServiceRetries(**retries)
        if isinstance(rewrite, dict):
            rewrite = CanarySpecServiceRewrite(**rewrite)
        if isinstance(traffic_policy, dict):
            traffic_policy = CanarySpecServiceTrafficPolicy(**traffic_policy)
        if isinstance(unmanaged_metadata, dict):
            unmanaged_metadata = CanarySpecServiceUnmanagedMetadata(**unmanaged_metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5040831896f1f39e250a8376102e5d4d7285b6db506337a77e75a86d5d7bdff)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument apex", value=apex, expected_type=type_hints["apex"])
            check_type(argname="argument app_protocol", value=app_protocol, expected_type=type_hints["app_protocol"])
            check_type(argname="argument backends", value=backends, expected_type=type_hints["backends"])
            check_type(argname="argument backend_timeout", value=backend_timeout, expected_type=type_hints["backend_timeout"])
            check_type(argname="argument canary", value=canary, expected_type=type_hints["canary"])
            check_type(argname="argument cors_policy", value=cors_policy, expected_type=type_hints["cors_policy"])
            check_type(argname="argument delegation", value=delegation, expected_type=type_hints["delegation"])
            check_type(argname="argument gateway_refs", value=gateway_refs, expected_type=type_hints["gateway_refs"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument headless", value=headless, expected_type=type_hints["headless"])
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument mesh_name", value=mesh_name, expected_type=type_hints["mesh_name"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port_discovery", value=port_discovery, expected_type=type_hints["port_discovery"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument primary", value=primary, expected_type=type_hints["primary"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument traffic_distribution", value=traffic_distribution, expected_type=type_hints["traffic_distribution"])
            check_type(argname="argument traffic_policy", value=traffic_policy, expected_type=type_hints["traffic_policy"])
            check_type(argname="argument unmanaged_metadata", value=unmanaged_metadata, expected_type=type_hints["unmanaged_metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if apex is not None:
            self._values["apex"] = apex
        if app_protocol is not None:
            self._values["app_protocol"] = app_protocol
        if backends is not None:
            self._values["backends"] = backends
        if backend_timeout is not None:
            self._values["backend_timeout"] = backend_timeout
        if canary is not None:
            self._values["canary"] = canary
        if cors_policy is not None:
            self._values["cors_policy"] = cors_policy
        if delegation is not None:
            self._values["delegation"] = delegation
        if gateway_refs is not None:
            self._values["gateway_refs"] = gateway_refs
        if gateways is not None:
            self._values["gateways"] = gateways
        if headers is not None:
            self._values["headers"] = headers
        if headless is not None:
            self._values["headless"] = headless
        if hosts is not None:
            self._values["hosts"] = hosts
        if match is not None:
            self._values["match"] = match
        if mesh_name is not None:
            self._values["mesh_name"] = mesh_name
        if mirror is not None:
            self._values["mirror"] = mirror
        if name is not None:
            self._values["name"] = name
        if port_discovery is not None:
            self._values["port_discovery"] = port_discovery
        if port_name is not None:
            self._values["port_name"] = port_name
        if primary is not None:
            self._values["primary"] = primary
        if retries is not None:
            self._values["retries"] = retries
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if target_port is not None:
            self._values["target_port"] = target_port
        if timeout is not None:
            self._values["timeout"] = timeout
        if traffic_distribution is not None:
            self._values["traffic_distribution"] = traffic_distribution
        if traffic_policy is not None:
            self._values["traffic_policy"] = traffic_policy
        if unmanaged_metadata is not None:
            self._values["unmanaged_metadata"] = unmanaged_metadata

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: CanarySpecService#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def apex(self) -> typing.Optional["CanarySpecServiceApex"]:
        '''
        :schema: CanarySpecService#apex
        '''
        result = self._values.get("apex")
        return typing.cast(typing.Optional["CanarySpecServiceApex"], result)

    @builtins.property
    def app_protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecService#appProtocol
        '''
        result = self._values.get("app_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def backends(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecService#backends
        '''
        result = self._values.get("backends")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def backend_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecService#backendTimeout
        '''
        result = self._values.get("backend_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def canary(self) -> typing.Optional["CanarySpecServiceCanary"]:
        '''
        :schema: CanarySpecService#canary
        '''
        result = self._values.get("canary")
        return typing.cast(typing.Optional["CanarySpecServiceCanary"], result)

    @builtins.property
    def cors_policy(self) -> typing.Optional["CanarySpecServiceCorsPolicy"]:
        '''
        :schema: CanarySpecService#corsPolicy
        '''
        result = self._values.get("cors_policy")
        return typing.cast(typing.Optional["CanarySpecServiceCorsPolicy"], result)

    @builtins.property
    def delegation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecService#delegation
        '''
        result = self._values.get("delegation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def gateway_refs(
        self,
    ) -> typing.Optional[typing.List["CanarySpecServiceGatewayRefs"]]:
        '''
        :schema: CanarySpecService#gatewayRefs
        '''
        result = self._values.get("gateway_refs")
        return typing.cast(typing.Optional[typing.List["CanarySpecServiceGatewayRefs"]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecService#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def headers(self) -> typing.Optional["CanarySpecServiceHeaders"]:
        '''
        :schema: CanarySpecService#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["CanarySpecServiceHeaders"], result)

    @builtins.property
    def headless(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecService#headless
        '''
        result = self._values.get("headless")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def hosts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecService#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def match(self) -> typing.Optional[typing.List["CanarySpecServiceMatch"]]:
        '''
        :schema: CanarySpecService#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["CanarySpecServiceMatch"]], result)

    @builtins.property
    def mesh_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecService#meshName
        '''
        result = self._values.get("mesh_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror(self) -> typing.Optional[typing.List["CanarySpecServiceMirror"]]:
        '''
        :schema: CanarySpecService#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional[typing.List["CanarySpecServiceMirror"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecService#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_discovery(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecService#portDiscovery
        '''
        result = self._values.get("port_discovery")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecService#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def primary(self) -> typing.Optional["CanarySpecServicePrimary"]:
        '''
        :schema: CanarySpecService#primary
        '''
        result = self._values.get("primary")
        return typing.cast(typing.Optional["CanarySpecServicePrimary"], result)

    @builtins.property
    def retries(self) -> typing.Optional["CanarySpecServiceRetries"]:
        '''
        :schema: CanarySpecService#retries
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional["CanarySpecServiceRetries"], result)

    @builtins.property
    def rewrite(self) -> typing.Optional["CanarySpecServiceRewrite"]:
        '''
        :schema: CanarySpecService#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional["CanarySpecServiceRewrite"], result)

    @builtins.property
    def target_port(self) -> typing.Any:
        '''
        :schema: CanarySpecService#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Any, result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecService#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def traffic_distribution(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficDistribution"]:
        '''
        :schema: CanarySpecService#trafficDistribution
        '''
        result = self._values.get("traffic_distribution")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficDistribution"], result)

    @builtins.property
    def traffic_policy(self) -> typing.Optional["CanarySpecServiceTrafficPolicy"]:
        '''
        :schema: CanarySpecService#trafficPolicy
        '''
        result = self._values.get("traffic_policy")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicy"], result)

    @builtins.property
    def unmanaged_metadata(
        self,
    ) -> typing.Optional["CanarySpecServiceUnmanagedMetadata"]:
        '''
        :schema: CanarySpecService#unmanagedMetadata
        '''
        result = self._values.get("unmanaged_metadata")
        return typing.cast(typing.Optional["CanarySpecServiceUnmanagedMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceApex",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class CanarySpecServiceApex:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 

        :schema: CanarySpecServiceApex
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b27b05e6a2ca26b71b577df5552a355cc917f7a7ee8d4c9199e6d936e7cc8571)
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
        :schema: CanarySpecServiceApex#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecServiceApex#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceApex(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceCanary",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class CanarySpecServiceCanary:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 

        :schema: CanarySpecServiceCanary
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8faa4982af5cf3b5138869421c82c05e0ad1a257adc5dcb915996207692b5b8f)
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
        :schema: CanarySpecServiceCanary#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecServiceCanary#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceCanary(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceCorsPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origin": "allowOrigin",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
    },
)
class CanarySpecServiceCorsPolicy:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origins: typing.Optional[typing.Sequence[typing.Union["CanarySpecServiceCorsPolicyAllowOrigins", typing.Dict[builtins.str, typing.Any]]]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param allow_credentials: 
        :param allow_headers: 
        :param allow_methods: 
        :param allow_origin: 
        :param allow_origins: 
        :param expose_headers: 
        :param max_age: 

        :schema: CanarySpecServiceCorsPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eaae29bf146d08039751a27df63fef2ff4fcb8fc0d4b9931310e59bb16a4b695)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origin", value=allow_origin, expected_type=type_hints["allow_origin"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
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

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecServiceCorsPolicy#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceCorsPolicy#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceCorsPolicy#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origin(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceCorsPolicy#allowOrigin
        '''
        result = self._values.get("allow_origin")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origins(
        self,
    ) -> typing.Optional[typing.List["CanarySpecServiceCorsPolicyAllowOrigins"]]:
        '''
        :schema: CanarySpecServiceCorsPolicy#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List["CanarySpecServiceCorsPolicyAllowOrigins"]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceCorsPolicy#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceCorsPolicy#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceCorsPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceCorsPolicyAllowOrigins",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecServiceCorsPolicyAllowOrigins:
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

        :schema: CanarySpecServiceCorsPolicyAllowOrigins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a74473292bb886797059a81e2e4d9dd437e4e6b10a31fae186839808357a06bc)
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
        :schema: CanarySpecServiceCorsPolicyAllowOrigins#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceCorsPolicyAllowOrigins#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceCorsPolicyAllowOrigins#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceCorsPolicyAllowOrigins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceGatewayRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "section_name": "sectionName",
    },
)
class CanarySpecServiceGatewayRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 
        :param section_name: 

        :schema: CanarySpecServiceGatewayRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fed7c701609cec7f7835ff074a9552c4b33412d10374b50ec1100defcf6fe26e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecServiceGatewayRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceGatewayRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceGatewayRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceGatewayRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceGatewayRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceGatewayRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceGatewayRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class CanarySpecServiceHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["CanarySpecServiceHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["CanarySpecServiceHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: CanarySpecServiceHeaders
        '''
        if isinstance(request, dict):
            request = CanarySpecServiceHeadersRequest(**request)
        if isinstance(response, dict):
            response = CanarySpecServiceHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a5c5fbf8ce92cb0f4d03651fd5a34225f78ffc27d367eed1207b294ed7be4ec)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["CanarySpecServiceHeadersRequest"]:
        '''
        :schema: CanarySpecServiceHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["CanarySpecServiceHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["CanarySpecServiceHeadersResponse"]:
        '''
        :schema: CanarySpecServiceHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["CanarySpecServiceHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class CanarySpecServiceHeadersRequest:
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

        :schema: CanarySpecServiceHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e2e8963ae8d5806da8306911e2cebd17427e84d064ee4f81d6bae17baf6c31b)
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
        :schema: CanarySpecServiceHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecServiceHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class CanarySpecServiceHeadersResponse:
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

        :schema: CanarySpecServiceHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0bbd75e33cde1721a88f4d7ee84a983981b91186f27a60ecccc2439eacf8e163)
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
        :schema: CanarySpecServiceHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecServiceHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMatch",
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
        "uri": "uri",
        "without_headers": "withoutHeaders",
    },
)
class CanarySpecServiceMatch:
    def __init__(
        self,
        *,
        authority: typing.Optional[typing.Union["CanarySpecServiceMatchAuthority", typing.Dict[builtins.str, typing.Any]]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["CanarySpecServiceMatchHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        ignore_uri_case: typing.Optional[builtins.bool] = None,
        method: typing.Optional[typing.Union["CanarySpecServiceMatchMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union["CanarySpecServiceMatchQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
        scheme: typing.Optional[typing.Union["CanarySpecServiceMatchScheme", typing.Dict[builtins.str, typing.Any]]] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        uri: typing.Optional[typing.Union["CanarySpecServiceMatchUri", typing.Dict[builtins.str, typing.Any]]] = None,
        without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["CanarySpecServiceMatchWithoutHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
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
        :param uri: 
        :param without_headers: 

        :schema: CanarySpecServiceMatch
        '''
        if isinstance(authority, dict):
            authority = CanarySpecServiceMatchAuthority(**authority)
        if isinstance(method, dict):
            method = CanarySpecServiceMatchMethod(**method)
        if isinstance(scheme, dict):
            scheme = CanarySpecServiceMatchScheme(**scheme)
        if isinstance(uri, dict):
            uri = CanarySpecServiceMatchUri(**uri)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__650f864e0ec964f0f3edd29101d51004171e67980d83d52b53bc1976a56a6955)
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
        if uri is not None:
            self._values["uri"] = uri
        if without_headers is not None:
            self._values["without_headers"] = without_headers

    @builtins.property
    def authority(self) -> typing.Optional["CanarySpecServiceMatchAuthority"]:
        '''
        :schema: CanarySpecServiceMatch#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional["CanarySpecServiceMatchAuthority"], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "CanarySpecServiceMatchHeaders"]]:
        '''
        :schema: CanarySpecServiceMatch#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "CanarySpecServiceMatchHeaders"]], result)

    @builtins.property
    def ignore_uri_case(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecServiceMatch#ignoreUriCase
        '''
        result = self._values.get("ignore_uri_case")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def method(self) -> typing.Optional["CanarySpecServiceMatchMethod"]:
        '''
        :schema: CanarySpecServiceMatch#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["CanarySpecServiceMatchMethod"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatch#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "CanarySpecServiceMatchQueryParams"]]:
        '''
        :schema: CanarySpecServiceMatch#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "CanarySpecServiceMatchQueryParams"]], result)

    @builtins.property
    def scheme(self) -> typing.Optional["CanarySpecServiceMatchScheme"]:
        '''
        :schema: CanarySpecServiceMatch#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["CanarySpecServiceMatchScheme"], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecServiceMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional["CanarySpecServiceMatchUri"]:
        '''
        :schema: CanarySpecServiceMatch#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional["CanarySpecServiceMatchUri"], result)

    @builtins.property
    def without_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "CanarySpecServiceMatchWithoutHeaders"]]:
        '''
        :schema: CanarySpecServiceMatch#withoutHeaders
        '''
        result = self._values.get("without_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "CanarySpecServiceMatchWithoutHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMatchAuthority",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecServiceMatchAuthority:
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

        :schema: CanarySpecServiceMatchAuthority
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e900df1a9ecc48a95c892fb5f1874174262f4eb52bcb841eb89bf64a82d627c)
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
        :schema: CanarySpecServiceMatchAuthority#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchAuthority#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchAuthority#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMatchAuthority(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMatchHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecServiceMatchHeaders:
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

        :schema: CanarySpecServiceMatchHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__022b88abd57f1efb988a6b49c2bf97e1592a4252579d6f80ab0c3c59dfb5fae6)
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
        :schema: CanarySpecServiceMatchHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMatchHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMatchMethod",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecServiceMatchMethod:
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

        :schema: CanarySpecServiceMatchMethod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d25a3947ab77ee2121d934227ab119d2b598c11edd7090b02e2df235f52b6b0)
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
        :schema: CanarySpecServiceMatchMethod#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchMethod#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchMethod#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMatchMethod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMatchQueryParams",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecServiceMatchQueryParams:
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

        :schema: CanarySpecServiceMatchQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13b2af4d9d0eb239c4b79353599df40688b3dcb1bbd3b12a527c3cef94066f13)
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
        :schema: CanarySpecServiceMatchQueryParams#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchQueryParams#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchQueryParams#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMatchQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMatchScheme",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecServiceMatchScheme:
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

        :schema: CanarySpecServiceMatchScheme
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a89db755b4ae00051a4c2a30542069b6d4cfe63245bd19ab0a426596a00b01d1)
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
        :schema: CanarySpecServiceMatchScheme#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchScheme#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchScheme#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMatchScheme(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMatchUri",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecServiceMatchUri:
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

        :schema: CanarySpecServiceMatchUri
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7867d5497d3eece831c4388b5acfdb90ccf8237676b631272864db5b00df60cb)
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
        :schema: CanarySpecServiceMatchUri#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchUri#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchUri#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMatchUri(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMatchWithoutHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class CanarySpecServiceMatchWithoutHeaders:
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

        :schema: CanarySpecServiceMatchWithoutHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1db86caab2ebbbb614aac7e6ccdbfa97c726dcc5631be1ca67d18e2f2235adb4)
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
        :schema: CanarySpecServiceMatchWithoutHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchWithoutHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMatchWithoutHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMatchWithoutHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMirror",
    jsii_struct_bases=[],
    name_mapping={"backend_ref": "backendRef"},
)
class CanarySpecServiceMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Optional[typing.Union["CanarySpecServiceMirrorBackendRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param backend_ref: 

        :schema: CanarySpecServiceMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = CanarySpecServiceMirrorBackendRef(**backend_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c5eda8368ba2476c0b3bcf59669c3e66e8d38207c37c04002aa52d2f0cd6a997)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_ref is not None:
            self._values["backend_ref"] = backend_ref

    @builtins.property
    def backend_ref(self) -> typing.Optional["CanarySpecServiceMirrorBackendRef"]:
        '''
        :schema: CanarySpecServiceMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        return typing.cast(typing.Optional["CanarySpecServiceMirrorBackendRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class CanarySpecServiceMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 

        :schema: CanarySpecServiceMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6d954d368a13410d94535197a7f8497303f467bbbf6fb9040d521ab51ef2080)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecServiceMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServicePrimary",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class CanarySpecServicePrimary:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 

        :schema: CanarySpecServicePrimary
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d888de6ac407d35c1bf725fd04bff1e1d093662206596a901e6abdb1a2bb83c)
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
        :schema: CanarySpecServicePrimary#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CanarySpecServicePrimary#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServicePrimary(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceRetries",
    jsii_struct_bases=[],
    name_mapping={
        "attempts": "attempts",
        "per_try_timeout": "perTryTimeout",
        "retry_on": "retryOn",
    },
)
class CanarySpecServiceRetries:
    def __init__(
        self,
        *,
        attempts: typing.Optional[jsii.Number] = None,
        per_try_timeout: typing.Optional[builtins.str] = None,
        retry_on: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param attempts: 
        :param per_try_timeout: 
        :param retry_on: 

        :schema: CanarySpecServiceRetries
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79e35f9f5baf2857bd800570a3f52fe3b5171caa494e1f78b8ce8933bdf4129a)
            check_type(argname="argument attempts", value=attempts, expected_type=type_hints["attempts"])
            check_type(argname="argument per_try_timeout", value=per_try_timeout, expected_type=type_hints["per_try_timeout"])
            check_type(argname="argument retry_on", value=retry_on, expected_type=type_hints["retry_on"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attempts is not None:
            self._values["attempts"] = attempts
        if per_try_timeout is not None:
            self._values["per_try_timeout"] = per_try_timeout
        if retry_on is not None:
            self._values["retry_on"] = retry_on

    @builtins.property
    def attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceRetries#attempts
        '''
        result = self._values.get("attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def per_try_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceRetries#perTryTimeout
        '''
        result = self._values.get("per_try_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_on(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceRetries#retryOn
        '''
        result = self._values.get("retry_on")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceRetries(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceRewrite",
    jsii_struct_bases=[],
    name_mapping={"authority": "authority", "type": "type", "uri": "uri"},
)
class CanarySpecServiceRewrite:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param authority: 
        :param type: 
        :param uri: 

        :schema: CanarySpecServiceRewrite
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1ae279784edb3bc30da02b7c037279f4416d3e342ff8c9188cb60bc2253c28c)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if type is not None:
            self._values["type"] = type
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceRewrite#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceRewrite#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceRewrite#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecServiceTrafficDistribution")
class CanarySpecServiceTrafficDistribution(enum.Enum):
    '''
    :schema: CanarySpecServiceTrafficDistribution
    '''

    PREFER_CLOSE = "PREFER_CLOSE"
    '''PreferClose.'''
    PREFER_SAME_ZONE = "PREFER_SAME_ZONE"
    '''PreferSameZone.'''
    PREFER_SAME_NODE = "PREFER_SAME_NODE"
    '''PreferSameNode.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "tls": "tls",
    },
)
class CanarySpecServiceTrafficPolicy:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicyConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicyLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicyOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicyTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: 
        :param outlier_detection: 
        :param tls: 

        :schema: CanarySpecServiceTrafficPolicy
        '''
        if isinstance(connection_pool, dict):
            connection_pool = CanarySpecServiceTrafficPolicyConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = CanarySpecServiceTrafficPolicyLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = CanarySpecServiceTrafficPolicyOutlierDetection(**outlier_detection)
        if isinstance(tls, dict):
            tls = CanarySpecServiceTrafficPolicyTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6aaf8f74306be4880b478d48c22dfad1abc0f3d22b0504aa614ef4a351e032d)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyConnectionPool"]:
        '''
        :schema: CanarySpecServiceTrafficPolicy#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancer"]:
        '''
        :schema: CanarySpecServiceTrafficPolicy#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyOutlierDetection"]:
        '''
        :schema: CanarySpecServiceTrafficPolicy#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyOutlierDetection"], result)

    @builtins.property
    def tls(self) -> typing.Optional["CanarySpecServiceTrafficPolicyTls"]:
        '''
        :schema: CanarySpecServiceTrafficPolicy#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http"},
)
class CanarySpecServiceTrafficPolicyConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicyConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: 

        :schema: CanarySpecServiceTrafficPolicyConnectionPool
        '''
        if isinstance(http, dict):
            http = CanarySpecServiceTrafficPolicyConnectionPoolHttp(**http)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e390142d37f470b3ff84a6a97af60c1bb69b862cf8725a2eafba1262930bdfd3)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyConnectionPoolHttp"]:
        '''
        :schema: CanarySpecServiceTrafficPolicyConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyConnectionPoolHttp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
    },
)
class CanarySpecServiceTrafficPolicyConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param h2_upgrade_policy: 
        :param http1_max_pending_requests: 
        :param http2_max_requests: 
        :param idle_timeout: 
        :param max_requests_per_connection: 
        :param max_retries: 

        :schema: CanarySpecServiceTrafficPolicyConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c79269f2322a1bb78ac41c32fe885da40445bc95a695d2e870d0d8c97db8f7e)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy"]:
        '''
        :schema: CanarySpecServiceTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy"
)
class CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''
    :schema: CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class CanarySpecServiceTrafficPolicyLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerSimple"] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: 
        :param warmup_duration_secs: 

        :schema: CanarySpecServiceTrafficPolicyLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__040bea58550ecaf7b62d1e077a10452e5244470028faaeb806a903929c724c7c)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash"]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting"]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerSimple"]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerSimple"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "minimum_ring_size": "minimumRingSize",
        "use_source_ip": "useSourceIp",
    },
)
class CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: 
        :param http_header_name: 
        :param http_query_parameter_name: 
        :param minimum_ring_size: 
        :param use_source_ip: 

        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c54b09d3d19e6960b8f05adfc62476fa8515bff479d2a2f21828e59151001e01)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie"]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "path": "path", "ttl": "ttl"},
)
class CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param path: 
        :param ttl: 

        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c81ed7607fe67ad585a952539ac73fd0f04072deec010e9762af0a1b4f8afcf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
    },
)
class CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param distribute: 
        :param enabled: 
        :param failover: 

        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2525665342ac80b3ed1a14a3c2ef87760f01284ffaf61b9bfcdcfbe5e119016b)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover"]]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8703b359a0c10bdfcd6cf9841fe905b206e52a896e8a73ca1f09a564217d9b50)
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
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1812d07810825f42dea51517fa9ab42fbccb4fe52cb2638859cac055f9768d3)
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
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecServiceTrafficPolicyLoadBalancerSimple")
class CanarySpecServiceTrafficPolicyLoadBalancerSimple(enum.Enum):
    '''
    :schema: CanarySpecServiceTrafficPolicyLoadBalancerSimple
    '''

    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyOutlierDetection",
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
class CanarySpecServiceTrafficPolicyOutlierDetection:
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

        :schema: CanarySpecServiceTrafficPolicyOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41e3098075c93ffd7cfd39112b43f86ee5e5b750b5ef514fee241f607642e24c)
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
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CanarySpecServiceTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecServiceTrafficPolicyTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "client_certificate": "clientCertificate",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class CanarySpecServiceTrafficPolicyTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        mode: typing.Optional["CanarySpecServiceTrafficPolicyTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param client_certificate: 
        :param mode: 
        :param private_key: 
        :param sni: 
        :param subject_alt_names: 

        :schema: CanarySpecServiceTrafficPolicyTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01217daf639b235a0e46eb50220288b48621887aad2d53d2aa2805aeed8ee06f)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
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
        :schema: CanarySpecServiceTrafficPolicyTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional["CanarySpecServiceTrafficPolicyTlsMode"]:
        '''
        :schema: CanarySpecServiceTrafficPolicyTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["CanarySpecServiceTrafficPolicyTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecServiceTrafficPolicyTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceTrafficPolicyTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceTrafficPolicyTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecServiceTrafficPolicyTlsMode")
class CanarySpecServiceTrafficPolicyTlsMode(enum.Enum):
    '''
    :schema: CanarySpecServiceTrafficPolicyTlsMode
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
    jsii_type="appflagger.CanarySpecServiceUnmanagedMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class CanarySpecServiceUnmanagedMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
        labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 

        :schema: CanarySpecServiceUnmanagedMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdab2eedcfe87604da62d7f48fe8c89f9c2598679b0235f60e07308075df4487)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceUnmanagedMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CanarySpecServiceUnmanagedMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecServiceUnmanagedMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.CanarySpecTargetRef",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "name": "name"},
)
class CanarySpecTargetRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: "CanarySpecTargetRefKind",
        name: builtins.str,
    ) -> None:
        '''
        :param api_version: 
        :param kind: 
        :param name: 

        :schema: CanarySpecTargetRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b601cdbec90bfb1ae2c8b628cffac0bf30eda8d6c83c2c974d000f545c59c81)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''
        :schema: CanarySpecTargetRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> "CanarySpecTargetRefKind":
        '''
        :schema: CanarySpecTargetRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("CanarySpecTargetRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecTargetRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecTargetRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecTargetRefKind")
class CanarySpecTargetRefKind(enum.Enum):
    '''
    :schema: CanarySpecTargetRefKind
    '''

    DAEMON_SET = "DAEMON_SET"
    '''DaemonSet.'''
    DEPLOYMENT = "DEPLOYMENT"
    '''Deployment.'''
    SERVICE = "SERVICE"
    '''Service.'''


@jsii.data_type(
    jsii_type="appflagger.CanarySpecUpstreamRef",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
    },
)
class CanarySpecUpstreamRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: "CanarySpecUpstreamRefKind",
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param api_version: 
        :param kind: 
        :param name: 
        :param namespace: 

        :schema: CanarySpecUpstreamRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9795269d8d994a0062a5d4f6b28608cc2b2d6e931d9c6e476bec2d8fd6089fd9)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def api_version(self) -> builtins.str:
        '''
        :schema: CanarySpecUpstreamRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> "CanarySpecUpstreamRefKind":
        '''
        :schema: CanarySpecUpstreamRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("CanarySpecUpstreamRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: CanarySpecUpstreamRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CanarySpecUpstreamRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CanarySpecUpstreamRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.CanarySpecUpstreamRefKind")
class CanarySpecUpstreamRefKind(enum.Enum):
    '''
    :schema: CanarySpecUpstreamRefKind
    '''

    UPSTREAM = "UPSTREAM"
    '''Upstream.'''


class MetricTemplate(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="appflagger.MetricTemplate",
):
    '''
    :schema: MetricTemplate
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MetricTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "MetricTemplate" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0040ccd8d20430c77f7abb6cc265c94d8c907a3384d42211d412d54489c4e1f6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MetricTemplateProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MetricTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MetricTemplate".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = MetricTemplateProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MetricTemplate".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="appflagger.MetricTemplateProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MetricTemplateProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MetricTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: MetricTemplate
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = MetricTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6a58a73b48cde8840761d29fb118eb6e48ab62be849333d9fafb43f73a6cd24)
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
        :schema: MetricTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["MetricTemplateSpec"]:
        '''
        :schema: MetricTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["MetricTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MetricTemplateProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.MetricTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={"provider": "provider", "query": "query"},
)
class MetricTemplateSpec:
    def __init__(
        self,
        *,
        provider: typing.Union["MetricTemplateSpecProvider", typing.Dict[builtins.str, typing.Any]],
        query: builtins.str,
    ) -> None:
        '''
        :param provider: 
        :param query: 

        :schema: MetricTemplateSpec
        '''
        if isinstance(provider, dict):
            provider = MetricTemplateSpecProvider(**provider)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__218fbbdad27455a960c5b32eec4c9b49359ec97c928624acdadebafa3d59c747)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument query", value=query, expected_type=type_hints["query"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
            "query": query,
        }

    @builtins.property
    def provider(self) -> "MetricTemplateSpecProvider":
        '''
        :schema: MetricTemplateSpec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast("MetricTemplateSpecProvider", result)

    @builtins.property
    def query(self) -> builtins.str:
        '''
        :schema: MetricTemplateSpec#query
        '''
        result = self._values.get("query")
        assert result is not None, "Required property 'query' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MetricTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.MetricTemplateSpecProvider",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "address": "address",
        "headers": "headers",
        "insecure_skip_verify": "insecureSkipVerify",
        "region": "region",
        "secret_ref": "secretRef",
    },
)
class MetricTemplateSpecProvider:
    def __init__(
        self,
        *,
        type: "MetricTemplateSpecProviderType",
        address: typing.Optional[builtins.str] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        region: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["MetricTemplateSpecProviderSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param type: 
        :param address: 
        :param headers: 
        :param insecure_skip_verify: 
        :param region: 
        :param secret_ref: 

        :schema: MetricTemplateSpecProvider
        '''
        if isinstance(secret_ref, dict):
            secret_ref = MetricTemplateSpecProviderSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87558e21585a794fdcfbb41a6df666e56b86bf8a6872faa31add1e98a5df2aca)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if address is not None:
            self._values["address"] = address
        if headers is not None:
            self._values["headers"] = headers
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if region is not None:
            self._values["region"] = region
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def type(self) -> "MetricTemplateSpecProviderType":
        '''
        :schema: MetricTemplateSpecProvider#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("MetricTemplateSpecProviderType", result)

    @builtins.property
    def address(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MetricTemplateSpecProvider#address
        '''
        result = self._values.get("address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: MetricTemplateSpecProvider#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MetricTemplateSpecProvider#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MetricTemplateSpecProvider#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["MetricTemplateSpecProviderSecretRef"]:
        '''
        :schema: MetricTemplateSpecProvider#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["MetricTemplateSpecProviderSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MetricTemplateSpecProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="appflagger.MetricTemplateSpecProviderSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class MetricTemplateSpecProviderSecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: MetricTemplateSpecProviderSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__56e43ea02bd7370a1c8babeff18861375bb4e925ece4022ff60271dfe24316de)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MetricTemplateSpecProviderSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MetricTemplateSpecProviderSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="appflagger.MetricTemplateSpecProviderType")
class MetricTemplateSpecProviderType(enum.Enum):
    '''
    :schema: MetricTemplateSpecProviderType
    '''

    PROMETHEUS = "PROMETHEUS"
    '''prometheus.'''
    INFLUXDB = "INFLUXDB"
    '''influxdb.'''
    DATADOG = "DATADOG"
    '''datadog.'''
    EXTERNALMETRICS = "EXTERNALMETRICS"
    '''externalmetrics.'''
    STACKDRIVER = "STACKDRIVER"
    '''stackdriver.'''
    CLOUDWATCH = "CLOUDWATCH"
    '''cloudwatch.'''
    NEWRELIC = "NEWRELIC"
    '''newrelic.'''
    GRAPHITE = "GRAPHITE"
    '''graphite.'''
    DYNATRACE = "DYNATRACE"
    '''dynatrace.'''
    KEPTN = "KEPTN"
    '''keptn.'''
    SPLUNK = "SPLUNK"
    '''splunk.'''


__all__ = [
    "Canary",
    "CanaryProps",
    "CanarySpec",
    "CanarySpecAnalysis",
    "CanarySpecAnalysisAlerts",
    "CanarySpecAnalysisAlertsProviderRef",
    "CanarySpecAnalysisAlertsSeverity",
    "CanarySpecAnalysisMatch",
    "CanarySpecAnalysisMatchHeaders",
    "CanarySpecAnalysisMatchQueryParams",
    "CanarySpecAnalysisMetrics",
    "CanarySpecAnalysisMetricsTemplateRef",
    "CanarySpecAnalysisMetricsThresholdRange",
    "CanarySpecAnalysisSessionAffinity",
    "CanarySpecAnalysisSessionAffinitySameSite",
    "CanarySpecAnalysisWebhooks",
    "CanarySpecAnalysisWebhooksType",
    "CanarySpecAutoscalerRef",
    "CanarySpecAutoscalerRefKind",
    "CanarySpecAutoscalerRefPrimaryScalerReplicas",
    "CanarySpecIngressRef",
    "CanarySpecIngressRefKind",
    "CanarySpecProvider",
    "CanarySpecRouteRef",
    "CanarySpecRouteRefKind",
    "CanarySpecService",
    "CanarySpecServiceApex",
    "CanarySpecServiceCanary",
    "CanarySpecServiceCorsPolicy",
    "CanarySpecServiceCorsPolicyAllowOrigins",
    "CanarySpecServiceGatewayRefs",
    "CanarySpecServiceHeaders",
    "CanarySpecServiceHeadersRequest",
    "CanarySpecServiceHeadersResponse",
    "CanarySpecServiceMatch",
    "CanarySpecServiceMatchAuthority",
    "CanarySpecServiceMatchHeaders",
    "CanarySpecServiceMatchMethod",
    "CanarySpecServiceMatchQueryParams",
    "CanarySpecServiceMatchScheme",
    "CanarySpecServiceMatchUri",
    "CanarySpecServiceMatchWithoutHeaders",
    "CanarySpecServiceMirror",
    "CanarySpecServiceMirrorBackendRef",
    "CanarySpecServicePrimary",
    "CanarySpecServiceRetries",
    "CanarySpecServiceRewrite",
    "CanarySpecServiceTrafficDistribution",
    "CanarySpecServiceTrafficPolicy",
    "CanarySpecServiceTrafficPolicyConnectionPool",
    "CanarySpecServiceTrafficPolicyConnectionPoolHttp",
    "CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
    "CanarySpecServiceTrafficPolicyLoadBalancer",
    "CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash",
    "CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    "CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting",
    "CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    "CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    "CanarySpecServiceTrafficPolicyLoadBalancerSimple",
    "CanarySpecServiceTrafficPolicyOutlierDetection",
    "CanarySpecServiceTrafficPolicyTls",
    "CanarySpecServiceTrafficPolicyTlsMode",
    "CanarySpecServiceUnmanagedMetadata",
    "CanarySpecTargetRef",
    "CanarySpecTargetRefKind",
    "CanarySpecUpstreamRef",
    "CanarySpecUpstreamRefKind",
    "MetricTemplate",
    "MetricTemplateProps",
    "MetricTemplateSpec",
    "MetricTemplateSpecProvider",
    "MetricTemplateSpecProviderSecretRef",
    "MetricTemplateSpecProviderType",
]

publication.publish()

def _typecheckingstub__64302fdd18a7aa8c4df94fcdc22b8a2273b2d43113d356c64585c8e741fc2ed0(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[CanarySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa06d00c5f3c032d0dc079cc6d320819978a36ecce8f75395cb4ce07c0280882(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[CanarySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df27c885497653adb019ef194e7a8f7d60482693eebfc3cc1ea45a05e793f9b9(
    *,
    analysis: typing.Union[CanarySpecAnalysis, typing.Dict[builtins.str, typing.Any]],
    target_ref: typing.Union[CanarySpecTargetRef, typing.Dict[builtins.str, typing.Any]],
    autoscaler_ref: typing.Optional[typing.Union[CanarySpecAutoscalerRef, typing.Dict[builtins.str, typing.Any]]] = None,
    ingress_ref: typing.Optional[typing.Union[CanarySpecIngressRef, typing.Dict[builtins.str, typing.Any]]] = None,
    metrics_server: typing.Optional[builtins.str] = None,
    progress_deadline_seconds: typing.Optional[jsii.Number] = None,
    provider: typing.Optional[CanarySpecProvider] = None,
    revert_on_deletion: typing.Optional[builtins.bool] = None,
    route_ref: typing.Optional[typing.Union[CanarySpecRouteRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service: typing.Optional[typing.Union[CanarySpecService, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_analysis: typing.Optional[builtins.bool] = None,
    suspend: typing.Optional[builtins.bool] = None,
    upstream_ref: typing.Optional[typing.Union[CanarySpecUpstreamRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fc4aa2a9ea5bcf5c2747b783fe2ecc44f907461b63b668f443633fc90a63dc5(
    *,
    alerts: typing.Optional[typing.Sequence[typing.Union[CanarySpecAnalysisAlerts, typing.Dict[builtins.str, typing.Any]]]] = None,
    canary_ready_threshold: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    iterations: typing.Optional[jsii.Number] = None,
    match: typing.Optional[typing.Sequence[typing.Union[CanarySpecAnalysisMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    max_weight: typing.Optional[jsii.Number] = None,
    metrics: typing.Optional[typing.Sequence[typing.Union[CanarySpecAnalysisMetrics, typing.Dict[builtins.str, typing.Any]]]] = None,
    mirror: typing.Optional[builtins.bool] = None,
    mirror_weight: typing.Optional[jsii.Number] = None,
    primary_ready_threshold: typing.Optional[jsii.Number] = None,
    session_affinity: typing.Optional[typing.Union[CanarySpecAnalysisSessionAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    step_weight: typing.Optional[jsii.Number] = None,
    step_weight_promotion: typing.Optional[jsii.Number] = None,
    step_weights: typing.Optional[typing.Sequence[jsii.Number]] = None,
    threshold: typing.Optional[jsii.Number] = None,
    webhooks: typing.Optional[typing.Sequence[typing.Union[CanarySpecAnalysisWebhooks, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8f441096b7f408ec6c60b5e3b7acee14db907f892c49135b1e6125b95364bca(
    *,
    name: builtins.str,
    provider_ref: typing.Union[CanarySpecAnalysisAlertsProviderRef, typing.Dict[builtins.str, typing.Any]],
    severity: typing.Optional[CanarySpecAnalysisAlertsSeverity] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4882ce727fb7e09595358f59802307ba694101be072724a84b1321a88eb820f4(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__553dc269e1678d40ca937bb96343943cbb42c025fd457e7d8182b90d23013450(
    *,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[CanarySpecAnalysisMatchHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union[CanarySpecAnalysisMatchQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6dd415d9c394d7e25a7d738e9efa72d555b7668fc782a5d5a811ea7aa657f2b5(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
    suffix: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9013e3e7e14d1c2545a51e175d1884f3365e43cb9d72c6d2ba428ea695352fd(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef85d0cb28797043a736decfe80aa275ceffa0ab3058e150ba81c0da0d59db18(
    *,
    name: builtins.str,
    interval: typing.Optional[builtins.str] = None,
    query: typing.Optional[builtins.str] = None,
    template_ref: typing.Optional[typing.Union[CanarySpecAnalysisMetricsTemplateRef, typing.Dict[builtins.str, typing.Any]]] = None,
    template_variables: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    threshold: typing.Optional[jsii.Number] = None,
    threshold_range: typing.Optional[typing.Union[CanarySpecAnalysisMetricsThresholdRange, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42531476a6bf96a591890ed1cc75459662efae03c6dc963332b634acdca7464f(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4abc49007f206a8b973f31ee0f14ee3f3fa7b3410489ad010aeb12f85c427d2f(
    *,
    max: typing.Optional[jsii.Number] = None,
    min: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__100b8ab6fb2d8d3fc58f6149ed7c65ac52c0f39dc42f48ebae282075379d6564(
    *,
    cookie_name: builtins.str,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    partitioned: typing.Optional[builtins.bool] = None,
    path: typing.Optional[builtins.str] = None,
    primary_cookie_name: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[CanarySpecAnalysisSessionAffinitySameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5af298e6e5d4cc44cabed02c181cb203d39987cada191bec949c3e1b4146ff54(
    *,
    name: builtins.str,
    url: builtins.str,
    disable_tls: typing.Optional[builtins.bool] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    mute_alert: typing.Optional[builtins.bool] = None,
    retries: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[builtins.str] = None,
    type: typing.Optional[CanarySpecAnalysisWebhooksType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c52f335d2e75e98c9821248fa34da4ac7a4b63124a02d6192ce63d83543d400b(
    *,
    api_version: builtins.str,
    kind: CanarySpecAutoscalerRefKind,
    name: builtins.str,
    primary_scaler_queries: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    primary_scaler_replicas: typing.Optional[typing.Union[CanarySpecAutoscalerRefPrimaryScalerReplicas, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__029f1906c167e01a15364a27f6b4a6e66195dac18fead1aab97e5cf4f1b85879(
    *,
    max_replicas: typing.Optional[jsii.Number] = None,
    min_replicas: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__175f4a44867180cf097c44877128dec40a51e55e5d69873c6f11ce329f51ab5b(
    *,
    api_version: builtins.str,
    kind: CanarySpecIngressRefKind,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74969523da2b511af0725b1ba3fed1a94667e80148b071e448017527d7e4b312(
    *,
    api_version: builtins.str,
    kind: CanarySpecRouteRefKind,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5040831896f1f39e250a8376102e5d4d7285b6db506337a77e75a86d5d7bdff(
    *,
    port: jsii.Number,
    apex: typing.Optional[typing.Union[CanarySpecServiceApex, typing.Dict[builtins.str, typing.Any]]] = None,
    app_protocol: typing.Optional[builtins.str] = None,
    backends: typing.Optional[typing.Sequence[builtins.str]] = None,
    backend_timeout: typing.Optional[builtins.str] = None,
    canary: typing.Optional[typing.Union[CanarySpecServiceCanary, typing.Dict[builtins.str, typing.Any]]] = None,
    cors_policy: typing.Optional[typing.Union[CanarySpecServiceCorsPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    delegation: typing.Optional[builtins.bool] = None,
    gateway_refs: typing.Optional[typing.Sequence[typing.Union[CanarySpecServiceGatewayRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    headers: typing.Optional[typing.Union[CanarySpecServiceHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    headless: typing.Optional[builtins.bool] = None,
    hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
    match: typing.Optional[typing.Sequence[typing.Union[CanarySpecServiceMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    mesh_name: typing.Optional[builtins.str] = None,
    mirror: typing.Optional[typing.Sequence[typing.Union[CanarySpecServiceMirror, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    port_discovery: typing.Optional[builtins.bool] = None,
    port_name: typing.Optional[builtins.str] = None,
    primary: typing.Optional[typing.Union[CanarySpecServicePrimary, typing.Dict[builtins.str, typing.Any]]] = None,
    retries: typing.Optional[typing.Union[CanarySpecServiceRetries, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Union[CanarySpecServiceRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
    target_port: typing.Any = None,
    timeout: typing.Optional[builtins.str] = None,
    traffic_distribution: typing.Optional[CanarySpecServiceTrafficDistribution] = None,
    traffic_policy: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    unmanaged_metadata: typing.Optional[typing.Union[CanarySpecServiceUnmanagedMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b27b05e6a2ca26b71b577df5552a355cc917f7a7ee8d4c9199e6d936e7cc8571(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8faa4982af5cf3b5138869421c82c05e0ad1a257adc5dcb915996207692b5b8f(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaae29bf146d08039751a27df63fef2ff4fcb8fc0d4b9931310e59bb16a4b695(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origins: typing.Optional[typing.Sequence[typing.Union[CanarySpecServiceCorsPolicyAllowOrigins, typing.Dict[builtins.str, typing.Any]]]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a74473292bb886797059a81e2e4d9dd437e4e6b10a31fae186839808357a06bc(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fed7c701609cec7f7835ff074a9552c4b33412d10374b50ec1100defcf6fe26e(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a5c5fbf8ce92cb0f4d03651fd5a34225f78ffc27d367eed1207b294ed7be4ec(
    *,
    request: typing.Optional[typing.Union[CanarySpecServiceHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[CanarySpecServiceHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e2e8963ae8d5806da8306911e2cebd17427e84d064ee4f81d6bae17baf6c31b(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bbd75e33cde1721a88f4d7ee84a983981b91186f27a60ecccc2439eacf8e163(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__650f864e0ec964f0f3edd29101d51004171e67980d83d52b53bc1976a56a6955(
    *,
    authority: typing.Optional[typing.Union[CanarySpecServiceMatchAuthority, typing.Dict[builtins.str, typing.Any]]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[CanarySpecServiceMatchHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    ignore_uri_case: typing.Optional[builtins.bool] = None,
    method: typing.Optional[typing.Union[CanarySpecServiceMatchMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union[CanarySpecServiceMatchQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
    scheme: typing.Optional[typing.Union[CanarySpecServiceMatchScheme, typing.Dict[builtins.str, typing.Any]]] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    uri: typing.Optional[typing.Union[CanarySpecServiceMatchUri, typing.Dict[builtins.str, typing.Any]]] = None,
    without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[CanarySpecServiceMatchWithoutHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e900df1a9ecc48a95c892fb5f1874174262f4eb52bcb841eb89bf64a82d627c(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__022b88abd57f1efb988a6b49c2bf97e1592a4252579d6f80ab0c3c59dfb5fae6(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d25a3947ab77ee2121d934227ab119d2b598c11edd7090b02e2df235f52b6b0(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13b2af4d9d0eb239c4b79353599df40688b3dcb1bbd3b12a527c3cef94066f13(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a89db755b4ae00051a4c2a30542069b6d4cfe63245bd19ab0a426596a00b01d1(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7867d5497d3eece831c4388b5acfdb90ccf8237676b631272864db5b00df60cb(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1db86caab2ebbbb614aac7e6ccdbfa97c726dcc5631be1ca67d18e2f2235adb4(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5eda8368ba2476c0b3bcf59669c3e66e8d38207c37c04002aa52d2f0cd6a997(
    *,
    backend_ref: typing.Optional[typing.Union[CanarySpecServiceMirrorBackendRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6d954d368a13410d94535197a7f8497303f467bbbf6fb9040d521ab51ef2080(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d888de6ac407d35c1bf725fd04bff1e1d093662206596a901e6abdb1a2bb83c(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79e35f9f5baf2857bd800570a3f52fe3b5171caa494e1f78b8ce8933bdf4129a(
    *,
    attempts: typing.Optional[jsii.Number] = None,
    per_try_timeout: typing.Optional[builtins.str] = None,
    retry_on: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1ae279784edb3bc30da02b7c037279f4416d3e342ff8c9188cb60bc2253c28c(
    *,
    authority: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6aaf8f74306be4880b478d48c22dfad1abc0f3d22b0504aa614ef4a351e032d(
    *,
    connection_pool: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicyConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicyLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicyOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicyTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e390142d37f470b3ff84a6a97af60c1bb69b862cf8725a2eafba1262930bdfd3(
    *,
    http: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicyConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c79269f2322a1bb78ac41c32fe885da40445bc95a695d2e870d0d8c97db8f7e(
    *,
    h2_upgrade_policy: typing.Optional[CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__040bea58550ecaf7b62d1e077a10452e5244470028faaeb806a903929c724c7c(
    *,
    consistent_hash: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[CanarySpecServiceTrafficPolicyLoadBalancerSimple] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c54b09d3d19e6960b8f05adfc62476fa8515bff479d2a2f21828e59151001e01(
    *,
    http_cookie: typing.Optional[typing.Union[CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c81ed7607fe67ad585a952539ac73fd0f04072deec010e9762af0a1b4f8afcf(
    *,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2525665342ac80b3ed1a14a3c2ef87760f01284ffaf61b9bfcdcfbe5e119016b(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8703b359a0c10bdfcd6cf9841fe905b206e52a896e8a73ca1f09a564217d9b50(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1812d07810825f42dea51517fa9ab42fbccb4fe52cb2638859cac055f9768d3(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41e3098075c93ffd7cfd39112b43f86ee5e5b750b5ef514fee241f607642e24c(
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

def _typecheckingstub__01217daf639b235a0e46eb50220288b48621887aad2d53d2aa2805aeed8ee06f(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    mode: typing.Optional[CanarySpecServiceTrafficPolicyTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdab2eedcfe87604da62d7f48fe8c89f9c2598679b0235f60e07308075df4487(
    *,
    annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b601cdbec90bfb1ae2c8b628cffac0bf30eda8d6c83c2c974d000f545c59c81(
    *,
    api_version: builtins.str,
    kind: CanarySpecTargetRefKind,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9795269d8d994a0062a5d4f6b28608cc2b2d6e931d9c6e476bec2d8fd6089fd9(
    *,
    api_version: builtins.str,
    kind: CanarySpecUpstreamRefKind,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0040ccd8d20430c77f7abb6cc265c94d8c907a3384d42211d412d54489c4e1f6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MetricTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6a58a73b48cde8840761d29fb118eb6e48ab62be849333d9fafb43f73a6cd24(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MetricTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__218fbbdad27455a960c5b32eec4c9b49359ec97c928624acdadebafa3d59c747(
    *,
    provider: typing.Union[MetricTemplateSpecProvider, typing.Dict[builtins.str, typing.Any]],
    query: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87558e21585a794fdcfbb41a6df666e56b86bf8a6872faa31add1e98a5df2aca(
    *,
    type: MetricTemplateSpecProviderType,
    address: typing.Optional[builtins.str] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    region: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[MetricTemplateSpecProviderSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56e43ea02bd7370a1c8babeff18861375bb4e925ece4022ff60271dfe24316de(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
