using System.Security.Claims;

namespace Coalitie.Teams.Auth;

/// <summary>
/// What <see cref="IBotRequestAuthenticator"/> decided. <paramref name="Reason"/> is a short fixed English sentence
/// (never token content) for logs and problem responses; <paramref name="Identity"/> is set only when
/// <paramref name="Status"/> is <see cref="AuthenticationStatus.Authenticated"/>.
/// </summary>
public sealed record AuthenticationOutcome(AuthenticationStatus Status, string? Reason, ClaimsIdentity? Identity);
