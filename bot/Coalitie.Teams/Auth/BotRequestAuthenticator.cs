using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Coalitie.Teams.Auth;

/// <summary>
/// Validates inbound Bot Framework channel tokens as teams-protocol.md §1.2 describes: Bearer scheme, trusted issuer,
/// RS256/384/512 signature by a published key, audience = app id, lifetime with 5 minutes of clock skew,
/// <c>serviceurl</c> claim = activity serviceUrl (401 otherwise), and the signing key endorsed for the activity's
/// channel (403 otherwise).
/// </summary>
internal sealed partial class BotRequestAuthenticator : IBotRequestAuthenticator
{
    /// <summary>Industry-standard clock skew (teams-protocol.md §1.1).</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary><see cref="ClaimsIdentity.AuthenticationType"/> of an authenticated request.</summary>
    internal const string AuthenticationType = "BotFrameworkChannel";

    internal const string ServiceUrlClaim = "serviceurl";

    private const string BearerPrefix = "Bearer ";

    private static readonly string[] AllowedAlgorithms =
    [
        SecurityAlgorithms.RsaSha256,
        SecurityAlgorithms.RsaSha384,
        SecurityAlgorithms.RsaSha512,
    ];

    private static readonly AuthenticationOutcome AnonymousOutcome =
        new(AuthenticationStatus.Anonymous, AuthenticationReasons.Anonymous, null);

    private readonly string? _appId;
    private readonly IReadOnlyList<TrustedTokenIssuer> _issuers;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly JsonWebTokenHandler _handler = new();

    public BotRequestAuthenticator(string? appId, IReadOnlyList<TrustedTokenIssuer> issuers, TimeProvider timeProvider, ILogger logger)
    {
        _appId = string.IsNullOrWhiteSpace(appId) ? null : appId;
        _issuers = issuers;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        if (_appId is null)
        {
            return AnonymousOutcome;
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return Unauthorized(AuthenticationReasons.MissingHeader);
        }

        if (!TryGetBearerToken(authorizationHeader, out var token))
        {
            return Unauthorized(AuthenticationReasons.NotBearer);
        }

        if (!TryReadUnverified(token, out var unverified))
        {
            return Unauthorized(AuthenticationReasons.MalformedToken);
        }

        var issuer = _issuers.FirstOrDefault(candidate => candidate.Issues(unverified.Issuer));
        if (issuer is null)
        {
            return Unauthorized(AuthenticationReasons.UntrustedIssuer);
        }

        var metadata = await issuer.Metadata.GetAsync(cancellationToken).ConfigureAwait(false);
        if (metadata is null)
        {
            return Unauthorized(AuthenticationReasons.MetadataUnavailable);
        }

        if (unverified.Kid is { Length: > 0 } keyId && !metadata.HasKey(keyId))
        {
            metadata = await issuer.Metadata.RefreshForUnknownKeyAsync(metadata, keyId, cancellationToken).ConfigureAwait(false);
        }

        var result = await _handler.ValidateTokenAsync(token, CreateValidationParameters(issuer, metadata)).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated || result.ClaimsIdentity is null)
        {
            var validationError = result.Exception?.GetType().Name ?? "none";
            LogTokenRejected(_logger, issuer.Name, unverified.Kid, validationError);

            return Unauthorized(Describe(result.Exception));
        }

        if (issuer.RequireServiceUrlClaim)
        {
            if (!validated.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl) || string.IsNullOrEmpty(claimedServiceUrl))
            {
                return Unauthorized(AuthenticationReasons.MissingServiceUrlClaim);
            }

            if (!string.Equals(claimedServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return Unauthorized(AuthenticationReasons.ServiceUrlMismatch);
            }
        }

        if (issuer.RequireEndorsements)
        {
            var signingKeyId = validated.SigningKey?.KeyId is { Length: > 0 } resolved ? resolved : validated.Kid;
            if (string.IsNullOrEmpty(channelId))
            {
                return Forbidden(AuthenticationReasons.MissingChannelId, signingKeyId, channelId);
            }

            if (signingKeyId is null
                || !metadata.EndorsementsByKeyId.TryGetValue(signingKeyId, out var endorsements)
                || !endorsements.Contains(channelId))
            {
                return Forbidden(AuthenticationReasons.KeyNotEndorsed, signingKeyId, channelId);
            }
        }

        return new AuthenticationOutcome(AuthenticationStatus.Authenticated, AuthenticationReasons.Authenticated, result.ClaimsIdentity);
    }

    private TokenValidationParameters CreateValidationParameters(TrustedTokenIssuer issuer, SigningMetadata metadata) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuer.Issuers,
        ValidateAudience = true,
        ValidAudience = _appId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = ValidateLifetime,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = metadata.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        AuthenticationType = AuthenticationType,
    };

    /// <summary>
    /// Lifetime check against the injected clock (IdentityModel 8.x keeps its own clock internal). Throws the same
    /// exception types as IdentityModel's validator, so <see cref="Describe"/> can tell the cases apart.
    /// </summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is not { } validTo)
        {
            throw new SecurityTokenNoExpirationException(AuthenticationReasons.NoExpiration);
        }

        if (notBefore is { } earliest && earliest > validTo)
        {
            throw new SecurityTokenInvalidLifetimeException(AuthenticationReasons.InvalidLifetime) { NotBefore = earliest, Expires = validTo };
        }

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (notBefore is { } validFrom && validFrom > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException(AuthenticationReasons.NotYetValid) { NotBefore = validFrom };
        }

        if (validTo < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException(AuthenticationReasons.Expired) { Expires = validTo };
        }

        return true;
    }

    /// <summary>The scheme must be exactly <c>Bearer</c>, followed by one space and a token without spaces.</summary>
    private static bool TryGetBearerToken(string header, out string token)
    {
        token = string.Empty;
        if (!header.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var candidate = header[BearerPrefix.Length..].Trim();
        if (candidate.Length == 0 || candidate.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        token = candidate;
        return true;
    }

    /// <summary>Reads <c>iss</c> and <c>kid</c> without verifying anything, to choose the issuer and its keys.</summary>
    private bool TryReadUnverified(string token, out JsonWebToken unverified)
    {
        unverified = null!;
        if (!_handler.CanReadToken(token))
        {
            return false;
        }

        try
        {
            unverified = _handler.ReadJsonWebToken(token);
            return !string.IsNullOrEmpty(unverified.Issuer);
        }
        catch (ArgumentException)
        {
            // Includes SecurityTokenMalformedException.
            return false;
        }
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => AuthenticationReasons.Expired,
        SecurityTokenNotYetValidException => AuthenticationReasons.NotYetValid,
        SecurityTokenNoExpirationException => AuthenticationReasons.NoExpiration,
        SecurityTokenInvalidLifetimeException => AuthenticationReasons.InvalidLifetime,
        SecurityTokenInvalidAudienceException => AuthenticationReasons.InvalidAudience,
        SecurityTokenInvalidIssuerException => AuthenticationReasons.InvalidIssuer,
        SecurityTokenSignatureKeyNotFoundException => AuthenticationReasons.UnknownSigningKey,
        SecurityTokenInvalidAlgorithmException => AuthenticationReasons.AlgorithmNotAllowed,
        SecurityTokenInvalidSignatureException => AuthenticationReasons.InvalidSignature,
        SecurityTokenMalformedException => AuthenticationReasons.MalformedToken,
        _ => AuthenticationReasons.InvalidToken,
    };

    private AuthenticationOutcome Unauthorized(string reason)
    {
        LogUnauthorized(_logger, reason);
        return new AuthenticationOutcome(AuthenticationStatus.Unauthorized, reason, null);
    }

    private AuthenticationOutcome Forbidden(string reason, string? keyId, string? channelId)
    {
        LogForbidden(_logger, keyId, channelId);
        return new AuthenticationOutcome(AuthenticationStatus.Forbidden, reason, null);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Inbound request unauthorized: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Inbound request forbidden: signing key {KeyId} is not endorsed for channel {ChannelId}.")]
    private static partial void LogForbidden(ILogger logger, string? keyId, string? channelId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Token from issuer {IssuerName} with key {KeyId} failed validation: {ValidationError}.")]
    private static partial void LogTokenRejected(ILogger logger, string issuerName, string? keyId, string validationError);
}
