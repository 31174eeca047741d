using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Coalitions;

/// <summary>
/// A Teams user known to a coalition (one per coalition and Teams user). Erasure (AVG) replaces the personal data
/// with a pseudonym; the id stays so history and audit remain consistent.
/// </summary>
public sealed class Person
{
    public const int MaxNameLength = 200;

    private Person()
    {
        TeamsUserId = string.Empty;
        DisplayName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CoalitionId { get; private set; }

    /// <summary>The channel user id (<c>29:…</c>, or <c>user-id-N</c> in the Playground); pseudonymised on erasure.</summary>
    public string TeamsUserId { get; private set; }

    public string? AadObjectId { get; private set; }

    public string DisplayName { get; private set; }

    public string? Email { get; private set; }

    public Instant? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    public static Person Create(Guid id, Guid coalitionId, string teamsUserId, string? aadObjectId, string displayName, string? email = null)
    {
        if (string.IsNullOrWhiteSpace(teamsUserId))
        {
            throw new DomainException("person.teams-user-required", "A person needs a Teams user id.");
        }

        var person = new Person
        {
            Id = id == Guid.Empty ? throw new ArgumentException("An id is required.", nameof(id)) : id,
            CoalitionId = coalitionId,
            TeamsUserId = teamsUserId.Trim(),
        };
        person.UpdateProfile(displayName, aadObjectId, email);
        return person;
    }

    /// <summary>Updates name, Entra id and e-mail as Teams reports them. Returns true when something changed.</summary>
    public bool UpdateProfile(string? displayName, string? aadObjectId, string? email)
    {
        if (IsErased)
        {
            throw new DomainException("person.erased", "An erased person cannot be changed.");
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? (DisplayName.Length > 0 ? DisplayName : TeamsUserId) : displayName.Trim();
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength];
        }

        var aad = string.IsNullOrWhiteSpace(aadObjectId) ? AadObjectId : aadObjectId.Trim();
        var mail = string.IsNullOrWhiteSpace(email) ? Email : email.Trim();
        var changed = name != DisplayName || aad != AadObjectId || mail != Email;
        DisplayName = name;
        AadObjectId = aad;
        Email = mail;
        return changed;
    }

    /// <summary>Removes the personal data (name, e-mail, Teams ids) and keeps a pseudonym; only once.</summary>
    public void Erase(Instant at, string pseudonym)
    {
        if (IsErased)
        {
            throw new DomainException("person.already-erased", "This person was erased already.");
        }

        if (string.IsNullOrWhiteSpace(pseudonym))
        {
            throw new ArgumentException("A pseudonym is required.", nameof(pseudonym));
        }

        DisplayName = pseudonym.Trim();
        Email = null;
        AadObjectId = null;
        TeamsUserId = "erased:" + Id.ToString("N");
        ErasedAt = at;
    }
}
