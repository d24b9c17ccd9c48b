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


class GitRepository(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iofluxcdtoolkitsource.GitRepository",
):
    '''
    :schema: GitRepository
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GitRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GitRepository" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b7bf1aa27370e9b5aa65cd96e42db74ef341fbfa3d2a83ee9b1e8248b06fd23)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GitRepositoryProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GitRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GitRepository".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = GitRepositoryProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GitRepository".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositoryProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class GitRepositoryProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GitRepositorySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: GitRepository
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = GitRepositorySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e94b2cd54ed91fbe0ceb9c82974ec96bc2a31b60434427de3c2c3e6f4f0b6ca)
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
        :schema: GitRepository#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["GitRepositorySpec"]:
        '''
        :schema: GitRepository#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["GitRepositorySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositoryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpec",
    jsii_struct_bases=[],
    name_mapping={
        "interval": "interval",
        "url": "url",
        "ignore": "ignore",
        "include": "include",
        "provider": "provider",
        "proxy_secret_ref": "proxySecretRef",
        "recurse_submodules": "recurseSubmodules",
        "ref": "ref",
        "secret_ref": "secretRef",
        "service_account_name": "serviceAccountName",
        "sparse_checkout": "sparseCheckout",
        "suspend": "suspend",
        "timeout": "timeout",
        "verify": "verify",
    },
)
class GitRepositorySpec:
    def __init__(
        self,
        *,
        interval: builtins.str,
        url: builtins.str,
        ignore: typing.Optional[builtins.str] = None,
        include: typing.Optional[typing.Sequence[typing.Union["GitRepositorySpecInclude", typing.Dict[builtins.str, typing.Any]]]] = None,
        provider: typing.Optional["GitRepositorySpecProvider"] = None,
        proxy_secret_ref: typing.Optional[typing.Union["GitRepositorySpecProxySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        recurse_submodules: typing.Optional[builtins.bool] = None,
        ref: typing.Optional[typing.Union["GitRepositorySpecRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_ref: typing.Optional[typing.Union["GitRepositorySpecSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        sparse_checkout: typing.Optional[typing.Sequence[builtins.str]] = None,
        suspend: typing.Optional[builtins.bool] = None,
        timeout: typing.Optional[builtins.str] = None,
        verify: typing.Optional[typing.Union["GitRepositorySpecVerify", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param interval: 
        :param url: 
        :param ignore: 
        :param include: 
        :param provider: 
        :param proxy_secret_ref: 
        :param recurse_submodules: 
        :param ref: 
        :param secret_ref: 
        :param service_account_name: 
        :param sparse_checkout: 
        :param suspend: 
        :param timeout: 
        :param verify: 

        :schema: GitRepositorySpec
        '''
        if isinstance(proxy_secret_ref, dict):
            proxy_secret_ref = GitRepositorySpecProxySecretRef(**proxy_secret_ref)
        if isinstance(ref, dict):
            ref = GitRepositorySpecRef(**ref)
        if isinstance(secret_ref, dict):
            secret_ref = GitRepositorySpecSecretRef(**secret_ref)
        if isinstance(verify, dict):
            verify = GitRepositorySpecVerify(**verify)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d91df4b0088a5830932c61a1d46d0b1122e138426f232c19413559a1c3dfd1f)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument ignore", value=ignore, expected_type=type_hints["ignore"])
            check_type(argname="argument include", value=include, expected_type=type_hints["include"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument proxy_secret_ref", value=proxy_secret_ref, expected_type=type_hints["proxy_secret_ref"])
            check_type(argname="argument recurse_submodules", value=recurse_submodules, expected_type=type_hints["recurse_submodules"])
            check_type(argname="argument ref", value=ref, expected_type=type_hints["ref"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument sparse_checkout", value=sparse_checkout, expected_type=type_hints["sparse_checkout"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument verify", value=verify, expected_type=type_hints["verify"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "interval": interval,
            "url": url,
        }
        if ignore is not None:
            self._values["ignore"] = ignore
        if include is not None:
            self._values["include"] = include
        if provider is not None:
            self._values["provider"] = provider
        if proxy_secret_ref is not None:
            self._values["proxy_secret_ref"] = proxy_secret_ref
        if recurse_submodules is not None:
            self._values["recurse_submodules"] = recurse_submodules
        if ref is not None:
            self._values["ref"] = ref
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if sparse_checkout is not None:
            self._values["sparse_checkout"] = sparse_checkout
        if suspend is not None:
            self._values["suspend"] = suspend
        if timeout is not None:
            self._values["timeout"] = timeout
        if verify is not None:
            self._values["verify"] = verify

    @builtins.property
    def interval(self) -> builtins.str:
        '''
        :schema: GitRepositorySpec#interval
        '''
        result = self._values.get("interval")
        assert result is not None, "Required property 'interval' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def url(self) -> builtins.str:
        '''
        :schema: GitRepositorySpec#url
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ignore(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpec#ignore
        '''
        result = self._values.get("ignore")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def include(self) -> typing.Optional[typing.List["GitRepositorySpecInclude"]]:
        '''
        :schema: GitRepositorySpec#include
        '''
        result = self._values.get("include")
        return typing.cast(typing.Optional[typing.List["GitRepositorySpecInclude"]], result)

    @builtins.property
    def provider(self) -> typing.Optional["GitRepositorySpecProvider"]:
        '''
        :schema: GitRepositorySpec#provider
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["GitRepositorySpecProvider"], result)

    @builtins.property
    def proxy_secret_ref(self) -> typing.Optional["GitRepositorySpecProxySecretRef"]:
        '''
        :schema: GitRepositorySpec#proxySecretRef
        '''
        result = self._values.get("proxy_secret_ref")
        return typing.cast(typing.Optional["GitRepositorySpecProxySecretRef"], result)

    @builtins.property
    def recurse_submodules(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: GitRepositorySpec#recurseSubmodules
        '''
        result = self._values.get("recurse_submodules")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ref(self) -> typing.Optional["GitRepositorySpecRef"]:
        '''
        :schema: GitRepositorySpec#ref
        '''
        result = self._values.get("ref")
        return typing.cast(typing.Optional["GitRepositorySpecRef"], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["GitRepositorySpecSecretRef"]:
        '''
        :schema: GitRepositorySpec#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["GitRepositorySpecSecretRef"], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sparse_checkout(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GitRepositorySpec#sparseCheckout
        '''
        result = self._values.get("sparse_checkout")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: GitRepositorySpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def verify(self) -> typing.Optional["GitRepositorySpecVerify"]:
        '''
        :schema: GitRepositorySpec#verify
        '''
        result = self._values.get("verify")
        return typing.cast(typing.Optional["GitRepositorySpecVerify"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecInclude",
    jsii_struct_bases=[],
    name_mapping={
        "repository": "repository",
        "from_path": "fromPath",
        "to_path": "toPath",
    },
)
class GitRepositorySpecInclude:
    def __init__(
        self,
        *,
        repository: typing.Union["GitRepositorySpecIncludeRepository", typing.Dict[builtins.str, typing.Any]],
        from_path: typing.Optional[builtins.str] = None,
        to_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param repository: 
        :param from_path: 
        :param to_path: 

        :schema: GitRepositorySpecInclude
        '''
        if isinstance(repository, dict):
            repository = GitRepositorySpecIncludeRepository(**repository)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c46c35eadc884cff94d08da416bdeaf0bfa5331635d34cd2ec697fda837094f1)
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument from_path", value=from_path, expected_type=type_hints["from_path"])
            check_type(argname="argument to_path", value=to_path, expected_type=type_hints["to_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "repository": repository,
        }
        if from_path is not None:
            self._values["from_path"] = from_path
        if to_path is not None:
            self._values["to_path"] = to_path

    @builtins.property
    def repository(self) -> "GitRepositorySpecIncludeRepository":
        '''
        :schema: GitRepositorySpecInclude#repository
        '''
        result = self._values.get("repository")
        assert result is not None, "Required property 'repository' is missing"
        return typing.cast("GitRepositorySpecIncludeRepository", result)

    @builtins.property
    def from_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpecInclude#fromPath
        '''
        result = self._values.get("from_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpecInclude#toPath
        '''
        result = self._values.get("to_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecInclude(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecIncludeRepository",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GitRepositorySpecIncludeRepository:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: GitRepositorySpecIncludeRepository
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1454b4ba56fbd772d8f95523b3e810fb161cd5e5888d1f15ac0c374619b5e72)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GitRepositorySpecIncludeRepository#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecIncludeRepository(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iofluxcdtoolkitsource.GitRepositorySpecProvider")
class GitRepositorySpecProvider(enum.Enum):
    '''
    :schema: GitRepositorySpecProvider
    '''

    GENERIC = "GENERIC"
    '''generic.'''
    AWS = "AWS"
    '''aws.'''
    AZURE = "AZURE"
    '''azure.'''
    GITHUB = "GITHUB"
    '''github.'''


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecProxySecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GitRepositorySpecProxySecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: GitRepositorySpecProxySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__870d700eac08c695306c05eefb382060628aff1b323589f97dadd2156c6ae46b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GitRepositorySpecProxySecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecProxySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecRef",
    jsii_struct_bases=[],
    name_mapping={
        "branch": "branch",
        "commit": "commit",
        "name": "name",
        "semver": "semver",
        "tag": "tag",
    },
)
class GitRepositorySpecRef:
    def __init__(
        self,
        *,
        branch: typing.Optional[builtins.str] = None,
        commit: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        semver: typing.Optional[builtins.str] = None,
        tag: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param branch: 
        :param commit: 
        :param name: 
        :param semver: 
        :param tag: 

        :schema: GitRepositorySpecRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e41483a3ef683e6ff2797f05ec5d1ddb58ef4950671c0d71e1573d01e85557d)
            check_type(argname="argument branch", value=branch, expected_type=type_hints["branch"])
            check_type(argname="argument commit", value=commit, expected_type=type_hints["commit"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument semver", value=semver, expected_type=type_hints["semver"])
            check_type(argname="argument tag", value=tag, expected_type=type_hints["tag"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if branch is not None:
            self._values["branch"] = branch
        if commit is not None:
            self._values["commit"] = commit
        if name is not None:
            self._values["name"] = name
        if semver is not None:
            self._values["semver"] = semver
        if tag is not None:
            self._values["tag"] = tag

    @builtins.property
    def branch(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpecRef#branch
        '''
        result = self._values.get("branch")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def commit(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpecRef#commit
        '''
        result = self._values.get("commit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpecRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def semver(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpecRef#semver
        '''
        result = self._values.get("semver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GitRepositorySpecRef#tag
        '''
        result = self._values.get("tag")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GitRepositorySpecSecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: GitRepositorySpecSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9d756530b37a6221a178d106d667b748c851ca5cb7e6c7945a6ac70c2a16e17)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GitRepositorySpecSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecVerify",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef", "mode": "mode"},
)
class GitRepositorySpecVerify:
    def __init__(
        self,
        *,
        secret_ref: typing.Union["GitRepositorySpecVerifySecretRef", typing.Dict[builtins.str, typing.Any]],
        mode: typing.Optional["GitRepositorySpecVerifyMode"] = None,
    ) -> None:
        '''
        :param secret_ref: 
        :param mode: 

        :schema: GitRepositorySpecVerify
        '''
        if isinstance(secret_ref, dict):
            secret_ref = GitRepositorySpecVerifySecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c205cc42560fed7f4e03c7113cf693c4838cdeb2d8f2eb87d1982458f8ae3093)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_ref": secret_ref,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def secret_ref(self) -> "GitRepositorySpecVerifySecretRef":
        '''
        :schema: GitRepositorySpecVerify#secretRef
        '''
        result = self._values.get("secret_ref")
        assert result is not None, "Required property 'secret_ref' is missing"
        return typing.cast("GitRepositorySpecVerifySecretRef", result)

    @builtins.property
    def mode(self) -> typing.Optional["GitRepositorySpecVerifyMode"]:
        '''
        :schema: GitRepositorySpecVerify#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["GitRepositorySpecVerifyMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecVerify(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iofluxcdtoolkitsource.GitRepositorySpecVerifyMode")
class GitRepositorySpecVerifyMode(enum.Enum):
    '''
    :schema: GitRepositorySpecVerifyMode
    '''

    HEAD = "HEAD"
    '''head.'''
    TAG = "TAG"
    '''Tag.'''
    TAG_AND_HEAD = "TAG_AND_HEAD"
    '''TagAndHEAD.'''


@jsii.data_type(
    jsii_type="iofluxcdtoolkitsource.GitRepositorySpecVerifySecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GitRepositorySpecVerifySecretRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: GitRepositorySpecVerifySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd3f43c3eb3bfcbb60d86de8c6bc17cdfaa2af776bb0bae438e6c17face9e664)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GitRepositorySpecVerifySecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GitRepositorySpecVerifySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GitRepository",
    "GitRepositoryProps",
    "GitRepositorySpec",
    "GitRepositorySpecInclude",
    "GitRepositorySpecIncludeRepository",
    "GitRepositorySpecProvider",
    "GitRepositorySpecProxySecretRef",
    "GitRepositorySpecRef",
    "GitRepositorySpecSecretRef",
    "GitRepositorySpecVerify",
    "GitRepositorySpecVerifyMode",
    "GitRepositorySpecVerifySecretRef",
]

publication.publish()

def _typecheckingstub__8b7bf1aa27370e9b5aa65cd96e42db74ef341fbfa3d2a83ee9b1e8248b06fd23(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GitRepositorySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e94b2cd54ed91fbe0ceb9c82974ec96bc2a31b60434427de3c2c3e6f4f0b6ca(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GitRepositorySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d91df4b0088a5830932c61a1d46d0b1122e138426f232c19413559a1c3dfd1f(
    *,
    interval: builtins.str,
    url: builtins.str,
    ignore: typing.Optional[builtins.str] = None,
    include: typing.Optional[typing.Sequence[typing.Union[GitRepositorySpecInclude, typing.Dict[builtins.str, typing.Any]]]] = None,
    provider: typing.Optional[GitRepositorySpecProvider] = None,
    proxy_secret_ref: typing.Optional[typing.Union[GitRepositorySpecProxySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    recurse_submodules: typing.Optional[builtins.bool] = None,
    ref: typing.Optional[typing.Union[GitRepositorySpecRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_ref: typing.Optional[typing.Union[GitRepositorySpecSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    sparse_checkout: typing.Optional[typing.Sequence[builtins.str]] = None,
    suspend: typing.Optional[builtins.bool] = None,
    timeout: typing.Optional[builtins.str] = None,
    verify: typing.Optional[typing.Union[GitRepositorySpecVerify, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c46c35eadc884cff94d08da416bdeaf0bfa5331635d34cd2ec697fda837094f1(
    *,
    repository: typing.Union[GitRepositorySpecIncludeRepository, typing.Dict[builtins.str, typing.Any]],
    from_path: typing.Optional[builtins.str] = None,
    to_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1454b4ba56fbd772d8f95523b3e810fb161cd5e5888d1f15ac0c374619b5e72(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__870d700eac08c695306c05eefb382060628aff1b323589f97dadd2156c6ae46b(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e41483a3ef683e6ff2797f05ec5d1ddb58ef4950671c0d71e1573d01e85557d(
    *,
    branch: typing.Optional[builtins.str] = None,
    commit: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    semver: typing.Optional[builtins.str] = None,
    tag: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9d756530b37a6221a178d106d667b748c851ca5cb7e6c7945a6ac70c2a16e17(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c205cc42560fed7f4e03c7113cf693c4838cdeb2d8f2eb87d1982458f8ae3093(
    *,
    secret_ref: typing.Union[GitRepositorySpecVerifySecretRef, typing.Dict[builtins.str, typing.Any]],
    mode: typing.Optional[GitRepositorySpecVerifyMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd3f43c3eb3bfcbb60d86de8c6bc17cdfaa2af776bb0bae438e6c17face9e664(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
