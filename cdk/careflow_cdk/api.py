"""HTTP API: routes from ``topology.ROUTES``; webhooks public, ``/v1/*`` behind a JWT authorizer.

Webhook routes carry no authorizer on purpose: Meta cannot send a token, so ``ingest_message``
verifies ``X-Hub-Signature-256`` on the raw body before anything else. Every route whose topology
entry says ``auth="jwt"`` gets the JWT authorizer: a Cognito user pool created here by default, or
the issuer/audience from context (``jwtIssuer``/``jwtAudience``) for an existing IdP. Tenancy
comes from the token's ``tenant_id`` claim. Each such route requires its topology scopes
(``AuthorizationScopes``: API Gateway answers 403 to a token with none of them); the Cognito
resource server ``careflow`` defines the same scopes and the staff app client may request them.
Each path's ``ANY`` route sends the methods it does not serve to the api function (405).

The ``$default`` stage throttles (rate/burst from context) and writes JSON access logs to a
KMS-encrypted log group. The access log format has no query string, headers or body: the
WhatsApp verification handshake puts its token in the query string.
"""

from __future__ import annotations

import json

import jsii
from aws_cdk import CfnOutput, Duration, RemovalPolicy
from aws_cdk import aws_apigateway as apigw_v1
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_logs as logs
from constructs import Construct

from .config import EnvConfig
from .functions import Functions
from .keys import Keys
from .network import retention
from .paths import topology

ACCESS_LOG_FORMAT = json.dumps(
    {
        "requestId": "$context.requestId",
        "requestTime": "$context.requestTime",
        "routeKey": "$context.routeKey",
        "status": "$context.status",
        "protocol": "$context.protocol",
        "responseLength": "$context.responseLength",
        "responseLatency": "$context.responseLatency",
        "integrationStatus": "$context.integrationStatus",
        "integrationLatency": "$context.integrationLatency",
        "integrationError": "$context.integrationErrorMessage",
        "authorizerError": "$context.authorizer.error",
        "sourceIp": "$context.identity.sourceIp",
    }
)


class Api(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cfg: EnvConfig,
        keys: Keys,
        functions: Functions,
    ) -> None:
        super().__init__(scope, construct_id)
        self.http_api = apigw.HttpApi(
            self,
            "HttpApi",
            api_name=f"{cfg.prefix}-api",
            description=f"careflow {cfg.name}: channel webhooks and the clinic staff API",
            create_default_stage=False,
        )
        self.access_logs = logs.LogGroup(
            self,
            "AccessLogs",
            retention=retention(cfg.log_retention_days),
            encryption_key=keys.logs,
            removal_policy=RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY,
        )
        self.stage = apigw.HttpStage(
            self,
            "DefaultStage",
            http_api=self.http_api,
            auto_deploy=True,
            throttle=apigw.ThrottleSettings(
                rate_limit=cfg.api_throttle_rate, burst_limit=cfg.api_throttle_burst
            ),
            access_log_settings=_AccessLogSettings(self.access_logs),
            detailed_metrics_enabled=cfg.is_prod,
        )

        self.user_pool: cognito.UserPool | None = None
        self.user_pool_domain: cognito.UserPoolDomain | None = None
        self.authorizer = self._authorizer(cfg, functions)
        integrations_by_function: dict[str, integrations.HttpLambdaIntegration] = {}
        self.routes: dict[str, apigw.HttpRoute] = {}
        for route in topology.ROUTES:
            integration = integrations_by_function.get(route.function)
            if integration is None:
                integration = integrations.HttpLambdaIntegration(
                    f"Integration-{route.function}",
                    functions.functions[route.function].function,
                    payload_format_version=apigw.PayloadFormatVersion.VERSION_2_0,
                    timeout=Duration.seconds(29),
                )
                integrations_by_function[route.function] = integration
            (created,) = self.http_api.add_routes(
                path=route.path,
                methods=[apigw.HttpMethod(route.method)],
                integration=integration,
                authorizer=self.authorizer if route.auth == "jwt" else apigw.HttpNoneAuthorizer(),
                authorization_scopes=list(route.scopes) or None,
            )
            self.routes[route.route_key] = created

        if cfg.custom_domain and cfg.certificate_arn:
            domain = apigw.DomainName(
                self,
                "Domain",
                domain_name=cfg.custom_domain,
                certificate=acm.Certificate.from_certificate_arn(
                    self, "Certificate", cfg.certificate_arn
                ),
                security_policy=apigw.SecurityPolicy.TLS_1_2,
            )
            apigw.ApiMapping(
                self, "DomainMapping", api=self.http_api, domain_name=domain, stage=self.stage
            )
            # The execute-api URL would bypass the domain's TLS policy; only the domain serves.
            cfn_api = self.http_api.node.default_child
            assert isinstance(cfn_api, apigw.CfnApi)
            cfn_api.disable_execute_api_endpoint = True

        CfnOutput(self, "Url", value=self.stage.url, description="Base URL of the HTTP API")

    def _authorizer(self, cfg: EnvConfig, functions: Functions) -> apigw.IHttpRouteAuthorizer:
        if cfg.jwt_issuer:
            return authorizers.HttpJwtAuthorizer(
                "JwtAuthorizer",
                cfg.jwt_issuer,
                jwt_audience=list(cfg.jwt_audience),
                authorizer_name="careflow-jwt",
                identity_source=["$request.header.Authorization"],
            )
        self.user_pool = cognito.UserPool(
            self,
            "StaffUserPool",
            user_pool_name=f"{cfg.prefix}-staff",
            self_sign_up_enabled=False,
            # Access-token customization (the V2 pre-token trigger below) needs Essentials or
            # Plus; Lite would silently send V1 events, and access tokens without tenant_id.
            feature_plan=cognito.FeaturePlan.ESSENTIALS,
            sign_in_aliases=cognito.SignInAliases(email=True),
            mfa=cognito.Mfa.REQUIRED,
            mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
            password_policy=cognito.PasswordPolicy(
                min_length=12,
                require_digits=True,
                require_lowercase=True,
                require_uppercase=True,
                require_symbols=True,
            ),
            account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
            custom_attributes={
                "tenant_id": cognito.StringAttribute(mutable=False, min_len=1, max_len=64)
            },
            deletion_protection=cfg.retain_data,
            removal_policy=RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY,
        )
        # tenant_id lives in an immutable custom attribute, which Cognito copies into ID tokens
        # only: the V2 trigger adds it to access tokens, the ones the API checks.
        self.user_pool.add_trigger(
            cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
            functions.functions["pre_token"].target,
            cognito.LambdaVersion.V2_0,
        )
        # Custom scopes are issued only through the OAuth endpoints, which live on a domain.
        self.user_pool_domain = self.user_pool.add_domain(
            "StaffDomain",
            cognito_domain=cognito.CognitoDomainOptions(
                domain_prefix=cfg.auth_domain_prefix or f"{cfg.prefix}-staff"
            ),
        )
        scopes = [
            cognito.ResourceServerScope(
                scope_name=scope.removeprefix(f"{topology.SCOPE_RESOURCE_SERVER}/"),
                scope_description=description,
            )
            for scope, description in topology.SCOPES.items()
        ]
        resource_server = self.user_pool.add_resource_server(
            "StaffApiScopes",
            identifier=topology.SCOPE_RESOURCE_SERVER,
            user_pool_resource_server_name=f"{cfg.prefix}-staff-api",
            scopes=scopes,
        )
        client = self.user_pool.add_client(
            "StaffApiClient",
            user_pool_client_name=f"{cfg.prefix}-staff-api",
            generate_secret=False,
            auth_flows=cognito.AuthFlow(user_srp=True),
            # Access tokens from the authorization-code flow (PKCE: a public client) carry the
            # scopes the API checks; the implicit flow is off.
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(authorization_code_grant=True),
                scopes=[
                    cognito.OAuthScope.OPENID,
                    *(cognito.OAuthScope.resource_server(resource_server, s) for s in scopes),
                ],
            ),
            prevent_user_existence_errors=True,
            access_token_validity=Duration.minutes(60),
            id_token_validity=Duration.minutes(60),
            refresh_token_validity=Duration.days(1),
        )
        CfnOutput(self, "UserPoolId", value=self.user_pool.user_pool_id)
        CfnOutput(self, "UserPoolClientId", value=client.user_pool_client_id)
        CfnOutput(
            self,
            "AuthDomainUrl",
            value=self.user_pool_domain.base_url(),
            description="Cognito OAuth endpoints (/oauth2/authorize, /oauth2/token)",
        )
        return authorizers.HttpUserPoolAuthorizer(
            "JwtAuthorizer",
            self.user_pool,
            user_pool_clients=[client],
            authorizer_name="careflow-jwt",
        )


@jsii.implements(apigw.IAccessLogSettings)
class _AccessLogSettings:
    """JSON access log lines into our log group (``AccessLogFormat`` lives in the REST API module)."""

    def __init__(self, log_group: logs.ILogGroup) -> None:
        self._destination = apigw.LogGroupLogDestination(log_group)

    @property
    def destination(self) -> apigw.IAccessLogDestination:
        return self._destination

    @property
    def format(self) -> apigw_v1.AccessLogFormat:
        return apigw_v1.AccessLogFormat.custom(ACCESS_LOG_FORMAT)
