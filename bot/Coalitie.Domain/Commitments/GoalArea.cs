using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Commitments;

/// <summary>What kind of shared goal a goal area is.</summary>
public enum GoalAreaKind
{
    /// <summary>A core goal (<i>kerndoel</i>, NPRZ: school, werk, wonen).</summary>
    CoreGoal,

    /// <summary>A life domain (<i>leefveld</i>, NPRZ: seven of them).</summary>
    Leefveld,

    /// <summary>A goal the coalition added itself.</summary>
    Local,
}

/// <summary>
/// A shared goal commitments serve: a core goal, a leefveld or a local goal. Retired areas stay readable (commitments
/// that point at them keep their link) but take no new commitments.
/// </summary>
public sealed class GoalArea
{
    public const int MaxNameLength = 100;

    private GoalArea()
    {
        Name = string.Empty;
    }

    internal GoalArea(Guid id, Guid coalitionId, string name, GoalAreaKind kind, int order)
    {
        Id = id;
        CoalitionId = coalitionId;
        Name = name;
        Kind = kind;
        Order = order;
    }

    public Guid Id { get; private set; }

    public Guid CoalitionId { get; private set; }

    public string Name { get; private set; }

    public GoalAreaKind Kind { get; private set; }

    /// <summary>Position in lists (core goals first, then leefvelden, then local goals, each in the order added).</summary>
    public int Order { get; private set; }

    /// <summary>The date it was retired, or null while it is in use.</summary>
    public LocalDate? RetiredOn { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    internal void Rename(string name) => Name = name;

    internal void Retire(LocalDate date) => RetiredOn = date;
}

/// <summary>
/// The goal areas of one coalition, guarding their rules: names are required and unique (case-insensitive) among the
/// areas in use of the same kind; a retired area cannot be renamed or retired again. Defaults to the NPRZ set (BRIEF
/// §4.8): core goals school, werk, wonen and the seven leefvelden.
/// </summary>
public sealed class GoalAreaList
{
    /// <summary>The NPRZ core goals (<i>kerndoelen</i>).</summary>
    public static readonly IReadOnlyList<string> NprzCoreGoals = ["School", "Werk", "Wonen"];

    /// <summary>The seven NPRZ leefvelden.</summary>
    public static readonly IReadOnlyList<string> NprzLeefvelden =
    [
        "Wonen", "Werk en inkomen", "Scholing", "Veiligheid en criminaliteit", "Gezondheid en hulpverlening", "Opvoeding", "Sociaal functioneren",
    ];

    private readonly List<GoalArea> _areas;

    public GoalAreaList(Guid coalitionId, IEnumerable<GoalArea> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        CoalitionId = coalitionId;
        _areas = [.. areas.OrderBy(a => a.Order)];
        if (_areas.Any(a => a.CoalitionId != coalitionId))
        {
            throw new ArgumentException("Every goal area must belong to the coalition.", nameof(areas));
        }
    }

    public Guid CoalitionId { get; }

    /// <summary>All areas, retired ones included, in list order.</summary>
    public IReadOnlyList<GoalArea> All => _areas;

    /// <summary>The areas a new commitment can choose.</summary>
    public IEnumerable<GoalArea> InUse => _areas.Where(a => !a.IsRetired);

    /// <summary>The NPRZ default set for a new coalition; <paramref name="newId"/> makes the ids.</summary>
    public static GoalAreaList Defaults(Guid coalitionId, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(newId);
        var list = new GoalAreaList(coalitionId, []);
        foreach (var name in NprzCoreGoals)
        {
            list.Add(newId(), name, GoalAreaKind.CoreGoal);
        }

        foreach (var name in NprzLeefvelden)
        {
            list.Add(newId(), name, GoalAreaKind.Leefveld);
        }

        return list;
    }

    public GoalArea Add(Guid id, string name, GoalAreaKind kind)
    {
        var clean = CheckName(name, kind, except: null);
        var area = new GoalArea(id, CoalitionId, clean, kind, (int)kind * 1000 + _areas.Count(a => a.Kind == kind));
        _areas.Add(area);
        return area;
    }

    public GoalArea Rename(Guid id, string name)
    {
        var area = Get(id);
        if (area.IsRetired)
        {
            throw new DomainException(CommitmentErrors.GoalAreaRetired, "A retired goal area cannot be renamed.", CommitmentFields.GoalArea, area.Name);
        }

        var clean = CheckName(name, area.Kind, except: area);
        if (string.Equals(clean, area.Name, StringComparison.Ordinal))
        {
            throw new DomainException(CommitmentErrors.GoalAreaNameUnchanged, "The goal area already has this name.", CommitmentFields.GoalArea, clean);
        }

        area.Rename(clean);
        return area;
    }

    public GoalArea Retire(Guid id, LocalDate date)
    {
        var area = Get(id);
        if (area.IsRetired)
        {
            throw new DomainException(CommitmentErrors.GoalAreaRetired, "The goal area is already retired.", CommitmentFields.GoalArea, area.Name);
        }

        area.Retire(date);
        return area;
    }

    public GoalArea Get(Guid id) =>
        _areas.FirstOrDefault(a => a.Id == id)
        ?? throw new DomainException(CommitmentErrors.GoalAreaUnknown, "No such goal area in this coalition.", CommitmentFields.GoalArea);

    private string CheckName(string name, GoalAreaKind kind, GoalArea? except)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(CommitmentErrors.GoalAreaNameRequired, "A goal area needs a name.", CommitmentFields.GoalArea);
        }

        var clean = name.Trim();
        if (clean.Length > GoalArea.MaxNameLength)
        {
            throw new DomainException(CommitmentErrors.TooLong, "The goal area's name is too long.", CommitmentFields.GoalArea, GoalArea.MaxNameLength);
        }

        if (InUse.Any(a => a != except && a.Kind == kind && string.Equals(a.Name, clean, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException(CommitmentErrors.GoalAreaNameTaken, "A goal area of this kind already has this name.", CommitmentFields.GoalArea, clean);
        }

        return clean;
    }
}
