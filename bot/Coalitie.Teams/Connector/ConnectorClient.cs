using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Identity;
using Coalitie.Teams.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coalitie.Teams.Connector;

/// <summary>
/// <see cref="IConnectorClient"/> over <see cref="IHttpClientFactory"/> (named client
/// <see cref="BotConnectorServiceCollectionExtensions.HttpClientName"/>). Per attempt: get the token, check that the
/// service URL may receive it, wait for the rate limiter, send. 429/412/502/503/504 are retried (Retry-After honoured,
/// capped; else jittered exponential backoff); transport failures are retried only for GET, PUT and DELETE, since a
/// POST that timed out may have been delivered.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private const int MaxErrorBodyChars = 16 * 1024;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IBotTokenProvider _tokens;
    private readonly ServiceUrlTrust _trust;
    private readonly ConnectorRateLimiter _limiter;
    private readonly IOptions<ConnectorRetryOptions> _retryOptions;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(
        IHttpClientFactory httpClientFactory,
        IBotTokenProvider tokens,
        ServiceUrlTrust trust,
        ConnectorRateLimiter limiter,
        IOptions<ConnectorRetryOptions> retryOptions,
        TimeProvider time,
        ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(trust);
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(retryOptions);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _tokens = tokens;
        _trust = trust;
        _limiter = limiter;
        _retryOptions = retryOptions;
        _time = time;
        _logger = logger;
    }

    public async Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var call = new Call("SendToConversation", HttpMethod.Post, $"v3/conversations/{Esc(conversationId)}/activities",
            ConnectorRateCategory.Send, conversationId, Serialize(activity));
        return ReadResource(await SendAsync(target, call, ct).ConfigureAwait(false));
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var call = new Call("ReplyToActivity", HttpMethod.Post, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}",
            ConnectorRateCategory.Send, conversationId, Serialize(activity));
        return ReadResource(await SendAsync(target, call, ct).ConfigureAwait(false));
    }

    public async Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var call = new Call("UpdateActivity", HttpMethod.Put, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}",
            ConnectorRateCategory.Send, conversationId, Serialize(activity));
        return ReadResource(await SendAsync(target, call, ct).ConfigureAwait(false));
    }

    public async Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var call = new Call("DeleteActivity", HttpMethod.Delete, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}",
            ConnectorRateCategory.Send, conversationId, Body: null);
        await SendAsync(target, call, ct).ConfigureAwait(false);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // The conversation does not exist yet: count creations against the addressed user or channel.
        var rateKey = "create:" + (ChannelIdOf(parameters) ?? parameters.Members?.FirstOrDefault()?.Id ?? parameters.TenantId ?? string.Empty);
        var call = new Call("CreateConversation", HttpMethod.Post, "v3/conversations", ConnectorRateCategory.Send, rateKey, Serialize(parameters));
        var tenantTarget = target.TenantId is null && parameters.TenantId is not null ? target with { TenantId = parameters.TenantId } : target;
        var body = await SendAsync(tenantTarget, call, ct).ConfigureAwait(false);
        return IsEmpty(body) ? new ConversationResourceResponse() : Read<ConversationResourceResponse>(call, body);
    }

    public async Task<IReadOnlyList<TeamsChannelAccount>> GetMembersAsync(ConnectorTarget target, string conversationId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var call = new Call("GetMembers", HttpMethod.Get, $"v3/conversations/{Esc(conversationId)}/members", ConnectorRateCategory.Read, conversationId, Body: null);
        return Read<List<TeamsChannelAccount>>(call, await SendAsync(target, call, ct).ConfigureAwait(false));
    }

    public async Task<TeamsChannelAccount> GetMemberAsync(ConnectorTarget target, string conversationId, string memberId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var call = new Call("GetMember", HttpMethod.Get, $"v3/conversations/{Esc(conversationId)}/members/{Esc(memberId)}",
            ConnectorRateCategory.Read, conversationId, Body: null);
        return Read<TeamsChannelAccount>(call, await SendAsync(target, call, ct).ConfigureAwait(false));
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(ConnectorTarget target, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var query = new List<string>(2);
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + Math.Clamp(size, 50, 500).ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Esc(conversationId)}/pagedmembers" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
        var call = new Call("GetPagedMembers", HttpMethod.Get, path, ConnectorRateCategory.Read, conversationId, Body: null);
        return Read<PagedMembersResult>(call, await SendAsync(target, call, ct).ConfigureAwait(false));
    }

    public async Task<TeamDetails> GetTeamDetailsAsync(ConnectorTarget target, string teamId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var call = new Call("GetTeamDetails", HttpMethod.Get, $"v3/teams/{Esc(teamId)}", ConnectorRateCategory.Read, teamId, Body: null);
        return Read<TeamDetails>(call, await SendAsync(target, call, ct).ConfigureAwait(false));
    }

    public async Task<ConversationList> GetTeamChannelsAsync(ConnectorTarget target, string teamId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var call = new Call("GetTeamChannels", HttpMethod.Get, $"v3/teams/{Esc(teamId)}/conversations", ConnectorRateCategory.Read, teamId, Body: null);
        return Read<ConversationList>(call, await SendAsync(target, call, ct).ConfigureAwait(false));
    }

    /// <summary>Runs one call with trust check, rate limiting and retries; returns the success body (possibly empty).</summary>
    private async Task<byte[]> SendAsync(ConnectorTarget target, Call call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        var uri = BuildUri(target.ServiceUrl, call.Path)
            ?? throw new ConnectorException(ConnectorFailure.UntrustedServiceUrl, $"Connector {call.Operation}: the service URL is not an absolute http(s) URL.");
        var options = _retryOptions.Value;
        var http = _httpClientFactory.CreateClient(BotConnectorServiceCollectionExtensions.HttpClientName);

        for (var attempt = 1; ; attempt++)
        {
            var token = await GetTokenAsync(call, ct).ConfigureAwait(false);
            EnsureAllowed(call, uri, token);
            await _limiter.WaitAsync(call.Category, target.TenantId, call.RateKey, ct).ConfigureAwait(false);

            using var request = new HttpRequestMessage(call.Method, uri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (call.Body is not null)
            {
                request.Content = new ByteArrayContent(call.Body) { Headers = { ContentType = JsonContentType } };
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransportFailure(ex, ct))
            {
                var retriesLeft = call.Method != HttpMethod.Post && attempt <= options.MaxRetries;
                if (!retriesLeft)
                {
                    ConnectorLog.TransportFailed(_logger, call.Operation, call.RateKey, ex.GetType().Name, attempt);
                    throw new ConnectorException(ConnectorFailure.Transient,
                        $"Connector {call.Operation} failed in transport after {attempt} attempt(s).", statusCode: null, errorCode: null, ex);
                }

                var backoff = Backoff(options, attempt - 1);
                ConnectorLog.TransportRetrying(_logger, call.Operation, ex.GetType().Name, attempt, options.MaxRetries, backoff);
                await Task.Delay(backoff, _time, ct).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                var status = response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    ConnectorLog.Succeeded(_logger, call.Operation, call.RateKey, status);
                    return await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
                }

                if (ConnectorErrorClassifier.IsRetryable(status) && attempt <= options.MaxRetries)
                {
                    var delay = RetryAfter(response, _time.GetUtcNow(), options.MaxRetryAfter) ?? Backoff(options, attempt - 1);
                    ConnectorLog.Retrying(_logger, call.Operation, (int)status, attempt, options.MaxRetries, delay);
                    await Task.Delay(delay, _time, ct).ConfigureAwait(false);
                    continue;
                }

                var body = await ReadLimitedAsync(response.Content, ct).ConfigureAwait(false);
                var (failure, errorCode) = ConnectorErrorClassifier.Classify(status, body);
                ConnectorLog.Failed(_logger, call.Operation, call.RateKey, (int)status, failure, errorCode, attempt);
                throw new ConnectorException(failure,
                    $"Connector {call.Operation} failed with {(int)status} ({failure}{(errorCode is null ? string.Empty : ", " + errorCode)}) after {attempt} attempt(s).",
                    status, errorCode);
            }
        }
    }

    private async ValueTask<string?> GetTokenAsync(Call call, CancellationToken ct)
    {
        try
        {
            return await _tokens.GetTokenAsync(ct).ConfigureAwait(false);
        }
        catch (AuthenticationFailedException ex)
        {
            ConnectorLog.TokenFailed(_logger, call.Operation, ex.GetType().Name);
            throw new ConnectorException(ConnectorFailure.Unauthorized,
                $"Connector {call.Operation}: the outbound token could not be acquired.", statusCode: null, errorCode: null, ex);
        }
    }

    /// <summary>A token goes only to a trusted https service URL; without a token only loopback URLs are addressed.</summary>
    private void EnsureAllowed(Call call, Uri uri, string? token)
    {
        var allowed = token is null ? ServiceUrlTrust.IsLoopback(uri) : _trust.IsTrusted(uri.AbsoluteUri);
        if (!allowed)
        {
            var mode = token is null ? "anonymous mode (loopback only)" : "the bearer token";
            ConnectorLog.Untrusted(_logger, call.Operation, uri.Host, mode);
            throw new ConnectorException(ConnectorFailure.UntrustedServiceUrl,
                $"Connector {call.Operation} refused: the service URL host '{uri.Host}' is not trusted for {mode}.");
        }
    }

    private static bool IsTransportFailure(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is TaskCanceledException or TimeoutException && !ct.IsCancellationRequested);

    /// <summary>
    /// The server's Retry-After (delta-seconds or HTTP-date relative to <paramref name="now"/>), at least zero and at
    /// most <paramref name="max"/>; null when the answer has none.
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now, TimeSpan max)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? delay = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        if (delay is not { } value)
        {
            return null;
        }

        return value < TimeSpan.Zero ? TimeSpan.Zero : value > max ? max : value;
    }

    /// <summary>Attempt <paramref name="retry"/> (0-based): a random delay in [d/2, d] with d = min(BaseDelay·2^retry, MaxDelay).</summary>
    internal static TimeSpan Backoff(ConnectorRetryOptions options, int retry)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var ceiling = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter spreads retries; it needs no cryptographic randomness.
        var jittered = (ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(jittered);
    }

    private static async Task<string?> ReadLimitedAsync(HttpContent content, CancellationToken ct)
    {
        var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var buffer = new char[MaxErrorBodyChars];
            var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct).ConfigureAwait(false);
            return read == 0 ? null : new string(buffer, 0, read);
        }
    }

    private static Uri? BuildUri(string serviceUrl, string relativePath)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.TrimEnd('/') + "/" + relativePath, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return uri;
    }

    private static string Esc(string segment) => Uri.EscapeDataString(segment);

    private static byte[] Serialize<T>(T body) => JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options);

    private static bool IsEmpty(byte[] body) => body.AsSpan().Trim(" \t\r\n"u8).IsEmpty;

    /// <summary>Send, reply and update answers may be empty or carry no id (Agents Playground 202): tolerate that.</summary>
    private static ResourceResponse ReadResource(byte[] body)
    {
        if (IsEmpty(body))
        {
            return new ResourceResponse();
        }

        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(body, BotJson.Options) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            return new ResourceResponse();
        }
    }

    private static T Read<T>(Call call, byte[] body)
        where T : class
    {
        try
        {
            if (!IsEmpty(body) && JsonSerializer.Deserialize<T>(body, BotJson.Options) is { } value)
            {
                return value;
            }
        }
        catch (JsonException ex)
        {
            throw new ConnectorException(ConnectorFailure.Unknown, $"Connector {call.Operation}: the answer could not be read.", statusCode: null, errorCode: null, ex);
        }

        throw new ConnectorException(ConnectorFailure.Unknown, $"Connector {call.Operation}: the answer was empty.");
    }

    private static string? ChannelIdOf(ConversationParameters parameters)
    {
        if (parameters.ChannelData is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty("channel", out var channel)
            || channel.ValueKind != JsonValueKind.Object
            || !channel.TryGetProperty("id", out var id)
            || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return id.GetString();
    }

    private sealed record Call(string Operation, HttpMethod Method, string Path, ConnectorRateCategory Category, string RateKey, byte[]? Body);
}
