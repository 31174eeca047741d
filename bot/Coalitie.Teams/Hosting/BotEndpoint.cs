using System.Net;
using System.Text.Json;
using Coalitie.Teams.Auth;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coalitie.Teams.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: size limit, JSON parsing, authentication, routing, and the HTTP answer. Whatever a caller
/// sends, the answer is 200, 400, 401, 403 or 413 (or 501 for an invoke the bot does not offer), never a 500.
/// </summary>
internal sealed partial class BotEndpoint(
    IBotRequestAuthenticator authenticator,
    ActivityRouter router,
    IConnectorClient connector,
    ServiceUrlTrust serviceUrlTrust,
    IOptions<BotOptions> options,
    ILogger<BotEndpoint> logger)
{
    /// <summary>Largest activity accepted. Teams' own message limit is about 100 KB; 256 KB leaves room for invokes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"An activity may be at most {MaxBodyBytes / 1024} KB.");
        }

        var body = await ReadBodyAsync(http.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"An activity may be at most {MaxBodyBytes / 1024} KB.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, ex.LineNumber, ex.BytePositionInLine);
            return Problem(StatusCodes.Status400BadRequest, "Malformed activity", "The body is not a valid JSON activity.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed activity", "The activity has no 'type'.");
        }

        var outcome = await authenticator.AuthenticateAsync(
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity.ChannelId,
            activity.ServiceUrl,
            cancellationToken).ConfigureAwait(false);

        switch (outcome.Status)
        {
            case AuthenticationStatus.Unauthorized:
                LogRejected(logger, 401, outcome.Reason);
                return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "A valid Bot Framework token is required.");
            case AuthenticationStatus.Forbidden:
                LogRejected(logger, 403, outcome.Reason);
                return Problem(StatusCodes.Status403Forbidden, "Forbidden", "The token's signing key is not endorsed for this channel.");
            case AuthenticationStatus.Anonymous when !options.Value.IsAnonymous || !IsLoopback(http.Connection.LocalIpAddress):
                LogRejected(logger, 401, "anonymous request outside loopback");
                return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "Anonymous requests are only accepted on a loopback address.");
            case AuthenticationStatus.Authenticated when !string.IsNullOrWhiteSpace(activity.ServiceUrl):
                serviceUrlTrust.Trust(activity.ServiceUrl);
                break;
        }

        var turn = new TurnContext(activity, connector, outcome.Status, http.RequestServices);
        var invokeResponse = await router.RouteAsync(turn, cancellationToken).ConfigureAwait(false);
        if (invokeResponse is null)
        {
            return Results.Ok();
        }

        return invokeResponse.Body is null
            ? Results.StatusCode(invokeResponse.HttpStatus)
            : Results.Json(invokeResponse.Body, BotJson.Options, "application/json; charset=utf-8", invokeResponse.HttpStatus);
    }

    private static bool IsLoopback(IPAddress? address) => address is null || IPAddress.IsLoopback(address);

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is larger (chunked bodies have no length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Malformed activity JSON at line {Line}, byte {Position}")]
    private static partial void LogMalformed(ILogger logger, long? line, long? position);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected activity with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string? reason);
}
