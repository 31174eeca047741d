using System.Globalization;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Documents;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>What a link check found. Only <see cref="Valid"/> lets a person answer.</summary>
public enum BurgerpanelLinkStatus
{
    /// <summary>Signed by us, unused, its round open: the form may be shown and answered.</summary>
    Valid,

    /// <summary>Not a link we signed (altered, truncated, made up). Says nothing about whether the round exists.</summary>
    Tampered,

    /// <summary>Signed by us, but its expiry (the round's scheduled close) has passed.</summary>
    Expired,

    /// <summary>Signed by us and already spent by an answer.</summary>
    Used,

    /// <summary>Signed by us, but the stored link belongs to another round or expiry than the URL says (defence in depth).</summary>
    WrongRound,

    /// <summary>Signed by us and unused, but the round was closed (early, by hand) or is not accepting answers.</summary>
    RoundClosed,

    /// <summary>Signed by us, but no such link (or round) is stored, e.g. after the round was deleted.</summary>
    Unknown,
}

/// <summary>
/// The result of <see cref="BurgerpanelLinks.CheckAsync"/>: the status and, when the signature held, what was found
/// (the link without tracking; the round tracked, ready for <see cref="BurgerpanelAnswers.SubmitAsync"/>).
/// </summary>
public sealed record BurgerpanelLinkCheck(BurgerpanelLinkStatus Status, BurgerpanelLink? Link = null, CheckInRound? Round = null)
{
    public static BurgerpanelLinkCheck Tampered { get; } = new(BurgerpanelLinkStatus.Tampered);
}

/// <summary>Issued links: the round they are for, when they stop working (in the round's zone) and the URLs, one per panel member.</summary>
public sealed record BurgerpanelIssue(Guid RoundId, string RoundName, Instant ExpiresAt, DateTimeZone Zone, IReadOnlyList<Uri> Links);

/// <summary>
/// Burgerpanel web links (docs/burgerpanel.md): <c>{base}/burgerpanel/{roundId:N}/{linkId:N}?exp={unix seconds}&amp;sig={HMAC}</c>.
/// The link id is 128 random bits; the signature is HMAC-SHA256 (64 hex digits) over <c>burgerpanel|round|link|exp</c>
/// with a key of its own in <c>app_secrets</c>; <c>exp</c> is the round's closing moment. A link is spent by its answer
/// (<see cref="BurgerpanelAnswers"/>).
/// </summary>
public sealed class BurgerpanelLinks(CoalitieDbContext db, IClock clock, AuditLog audit, IOptions<DocumentOptions> documents)
{
    /// <summary>The most links one <see cref="IssueAsync"/> makes.</summary>
    public const int MaxPerIssue = 200;

    /// <summary>The route of the page, relative to the base URL.</summary>
    public const string RoutePrefix = "burgerpanel";

    /// <summary>The audit action of issuing links (entity: the round; new value: how many).</summary>
    public const string AuditIssued = "burgerpanel-links-issued";

    internal const string KeyName = "burgerpanel.link-signing-key";

    /// <summary>
    /// Issues <paramref name="count"/> links (1..<see cref="MaxPerIssue"/>) for the open round <paramref name="roundId"/>
    /// of <paramref name="coalitionId"/>, valid until the round's scheduled close. URLs start at
    /// <see cref="DocumentOptions.PublicBaseUrl"/> when configured, else at <paramref name="baseUrl"/>. Audited as one entry.
    /// </summary>
    /// <exception cref="DomainException">
    /// <see cref="BurgerpanelErrors.CountOutOfRange"/>, <see cref="BurgerpanelErrors.RoundUnknown"/>,
    /// <see cref="CheckInErrors.BurgerpanelLinkOff"/> (the plan has no burgerpanel link), <see cref="CheckInErrors.NotOpen"/>
    /// (planned: its closing moment is not known yet), <see cref="CheckInErrors.Closed"/> (closed, or its closing moment passed).
    /// </exception>
    public async Task<BurgerpanelIssue> IssueAsync(Guid coalitionId, Guid roundId, int count, Uri baseUrl, Guid? createdByPersonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (count is < 1 or > MaxPerIssue)
        {
            throw new DomainException(BurgerpanelErrors.CountOutOfRange, $"Between 1 and {MaxPerIssue} links at once.", "count", 1, MaxPerIssue);
        }

        var round = await db.Set<CheckInRound>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == roundId && r.CoalitionId == coalitionId, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainException(BurgerpanelErrors.RoundUnknown, $"Coalition {coalitionId} has no round {roundId}.", null, roundId);
        var now = clock.GetCurrentInstant();
        RequireIssuable(round, now);

        // The key first: creating it saves the context, which must not carry the links yet.
        var key = await SigningKeys.GetOrCreateAsync(db, KeyName, cancellationToken).ConfigureAwait(false);
        var expiresAt = round.ClosesAt!.Value;
        var links = Enumerable.Range(0, count).Select(_ => BurgerpanelLink.Issue(coalitionId, roundId, now, expiresAt, createdByPersonId)).ToList();
        db.Set<BurgerpanelLink>().AddRange(links);

        var actorName = createdByPersonId is { } personId
            ? await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        audit.Record(coalitionId, createdByPersonId, actorName, nameof(CheckInRound), roundId.ToString(), AuditIssued, "burgerpanelLinks", null, count.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var root = Root(documents.Value.PublicBaseUrl ?? baseUrl);
        return new BurgerpanelIssue(round.Id, round.Plan.Name, expiresAt, round.Plan.Zone, [.. links.Select(l => UrlOf(root, key, l))]);
    }

    /// <summary>
    /// Classifies the link <c>/burgerpanel/{roundId}/{linkId}?exp=&amp;sig=</c> at the clock's now. A wrong signature is
    /// <see cref="BurgerpanelLinkStatus.Tampered"/> before anything is looked up, so a made-up link learns nothing.
    /// </summary>
    public async Task<BurgerpanelLinkCheck> CheckAsync(Guid roundId, Guid linkId, long expires, string? signature, CancellationToken cancellationToken)
    {
        var key = await SigningKeys.FindAsync(db, KeyName, cancellationToken).ConfigureAwait(false);
        if (key is null || !SigningKeys.Matches(SigningKeys.SignHex(key, Payload(roundId, linkId, expires)), signature))
        {
            return BurgerpanelLinkCheck.Tampered;
        }

        var link = await db.Set<BurgerpanelLink>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken).ConfigureAwait(false);
        var round = link is not null && link.RoundId == roundId
            ? await db.Set<CheckInRound>().FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken).ConfigureAwait(false)
            : null;
        var now = clock.GetCurrentInstant();
        if (now >= Instant.FromUnixTimeSeconds(expires))
        {
            return new(BurgerpanelLinkStatus.Expired, link, round);
        }

        if (link is null)
        {
            return new(BurgerpanelLinkStatus.Unknown);
        }

        if (link.RoundId != roundId || link.ExpiresAt.ToUnixTimeSeconds() != expires)
        {
            return new(BurgerpanelLinkStatus.WrongRound);
        }

        if (link.IsUsed)
        {
            return new(BurgerpanelLinkStatus.Used, link, round);
        }

        if (round is null)
        {
            return new(BurgerpanelLinkStatus.Unknown, link);
        }

        return round.AcceptsAnswersAt(now)
            ? new(BurgerpanelLinkStatus.Valid, link, round)
            : new(BurgerpanelLinkStatus.RoundClosed, link, round);
    }

    /// <summary>The page's path for a checked link, relative to the site root: <c>/burgerpanel/{round}/{link}?exp=&amp;sig=</c>.</summary>
    internal static string PathOf(Guid roundId, Guid linkId, long expires, string signature) =>
        string.Create(CultureInfo.InvariantCulture, $"/{RoutePrefix}/{roundId:N}/{linkId:N}?exp={expires}&sig={Uri.EscapeDataString(signature)}");

    /// <summary>The signed payload: purpose, round, link and expiry.</summary>
    internal static string Payload(Guid roundId, Guid linkId, long expires) =>
        string.Create(CultureInfo.InvariantCulture, $"burgerpanel|{roundId:N}|{linkId:N}|{expires}");

    private static Uri UrlOf(Uri root, byte[] key, BurgerpanelLink link)
    {
        var expires = link.ExpiresAt.ToUnixTimeSeconds();
        var signature = SigningKeys.SignHex(key, Payload(link.RoundId, link.Id, expires));
        return new Uri(root, PathOf(link.RoundId, link.Id, expires, signature).TrimStart('/'));
    }

    /// <summary>The base with a trailing slash, so a base with a path (https://host/coalitie) keeps it.</summary>
    private static Uri Root(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    private static void RequireIssuable(CheckInRound round, Instant now)
    {
        if (!round.Plan.Audience.BurgerpanelLink)
        {
            throw new DomainException(CheckInErrors.BurgerpanelLinkOff, "This round has no burgerpanel link.");
        }

        if (round.Status == RoundStatus.Planned)
        {
            throw new DomainException(CheckInErrors.NotOpen, "The round is not open yet, so its closing moment (the links' expiry) is unknown.");
        }

        if (!round.AcceptsAnswersAt(now))
        {
            throw new DomainException(CheckInErrors.Closed, "The round has closed.", null, (object?)round.ClosedAt ?? round.ClosesAt!.Value);
        }
    }
}
