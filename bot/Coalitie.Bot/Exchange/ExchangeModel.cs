using System.Text.Json.Serialization;
using NodaTime;

namespace Coalitie.Bot.Exchange;

/// <summary>
/// A coalition as it travels in a file (docs/exchange-format.md): the same model behind the XLSX workbook (one sheet per
/// list, Dutch headers) and the JSON file (camelCase). References between rows are by name or number, never by id:
/// partners by name, people by Teams user id, commitments by number, goal areas by name and kind, programmes by name.
/// Enumerations are Dutch words (<see cref="ExchangeNames"/>).
/// </summary>
public sealed class ExchangeWorkbook
{
    public const int CurrentFormat = 1;

    /// <summary>The format's version (1).</summary>
    public int Format { get; set; } = CurrentFormat;

    public CoalitionRow? Coalition { get; set; }

    public List<PartnerRow> Partners { get; set; } = [];

    public List<PersonRoleRow> People { get; set; } = [];

    public List<RepresentationRow> Representatives { get; set; } = [];

    public ContractRow? Contract { get; set; }

    public List<ProgrammeRow> Programmes { get; set; } = [];

    public List<SignatoryRow> Signatories { get; set; } = [];

    public List<VersionRow> Versions { get; set; } = [];

    public List<GoalRow> Goals { get; set; } = [];

    public List<CommitmentRow> Commitments { get; set; } = [];

    public List<MilestoneRow> Milestones { get; set; } = [];

    public List<ProgressRow> Progress { get; set; } = [];
}

/// <summary>Where a row came from: its row number in the sheet (header = row 1), or its position in the JSON list (from 1).</summary>
public abstract class ExchangeRow
{
    [JsonIgnore]
    public int Row { get; set; }
}

public sealed class CoalitionRow : ExchangeRow
{
    public string? Name { get; set; }

    public string? Area { get; set; }

    public string? Municipality { get; set; }

    public string? TeamId { get; set; }

    public string? MainChannelId { get; set; }

    public string? StuurgroepChannelId { get; set; }

    public string? TimeZone { get; set; }

    public string? Language { get; set; }

    /// <summary><c>vrijwillig</c> or <c>gemandateerd</c>.</summary>
    public string? Formality { get; set; }
}

public sealed class PartnerRow : ExchangeRow
{
    public string? Name { get; set; }

    public string? Domain { get; set; }

    public string? Line { get; set; }

    public LocalDate? JoinedOn { get; set; }

    public LocalDate? LeftOn { get; set; }
}

/// <summary>One person with one current role (or none: an observer who is known to the coalition).</summary>
public sealed class PersonRoleRow : ExchangeRow
{
    public string? Name { get; set; }

    public string? TeamsUserId { get; set; }

    public string? Role { get; set; }

    /// <summary>For a stuurgroep member: the domain of their seat.</summary>
    public string? Seat { get; set; }

    public bool? Chair { get; set; }

    /// <summary>For a representative: the partner's name.</summary>
    public string? Partner { get; set; }
}

public sealed class RepresentationRow : ExchangeRow
{
    public string? Partner { get; set; }

    /// <summary>The person's name (for reading; the Teams user id is what links).</summary>
    public string? Person { get; set; }

    public string? TeamsUserId { get; set; }

    public LocalDate? From { get; set; }

    public LocalDate? To { get; set; }

    public LocalDate? MandateConfirmedOn { get; set; }

    /// <summary>The Teams user id of who confirmed the mandate.</summary>
    public string? MandateConfirmedBy { get; set; }
}

/// <summary>The contract's own fields (the current ones on the Contract sheet; each version's on the Versies sheet).</summary>
public class ContractRow : ExchangeRow
{
    public string? Title { get; set; }

    public string? Area { get; set; }

    public string? Kind { get; set; }

    public LocalDate? SignedOn { get; set; }

    public LocalDate? HorizonStart { get; set; }

    public LocalDate? HorizonEnd { get; set; }

    public int? ReviewCycleYears { get; set; }

    public string? Principles { get; set; }

    public string? DocumentUrl { get; set; }
}

public sealed class VersionRow : ContractRow
{
    public int? Number { get; set; }

    public LocalDate? Date { get; set; }

    /// <summary><c>vastgesteld</c>, <c>herzien</c>, <c>bijgesteld</c> or <c>aangescherpt</c>.</summary>
    public string? VersionKind { get; set; }

    public string? Reason { get; set; }

    /// <summary>What changed, as text (written by the export for people; an import recomputes it).</summary>
    public string? Changes { get; set; }
}

public sealed class ProgrammeRow : ExchangeRow
{
    public string? Name { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }
}

public sealed class SignatoryRow : ExchangeRow
{
    public string? Partner { get; set; }

    public string? Name { get; set; }

    public string? Function { get; set; }

    public LocalDate? SignedOn { get; set; }
}

public sealed class GoalRow : ExchangeRow
{
    public string? Name { get; set; }

    /// <summary><c>kerndoel</c>, <c>leefveld</c> or <c>eigen doel</c>.</summary>
    public string? Kind { get; set; }

    public LocalDate? RetiredOn { get; set; }
}

public sealed class CommitmentRow : ExchangeRow
{
    public int? Number { get; set; }

    public string? Partner { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Goal { get; set; }

    public string? GoalKind { get; set; }

    public string? Indicator { get; set; }

    public string? Unit { get; set; }

    /// <summary><c>hoger is beter</c> or <c>lager is beter</c>.</summary>
    public string? Direction { get; set; }

    public decimal? BaselineValue { get; set; }

    public LocalDate? BaselineDate { get; set; }

    public decimal? TargetValue { get; set; }

    public LocalDate? TargetDate { get; set; }

    public string? Programme { get; set; }

    public string? Contribution { get; set; }

    /// <summary>The status on the day of the export (for people; an import ignores it: status is derived).</summary>
    public string? Status { get; set; }
}

public sealed class MilestoneRow : ExchangeRow
{
    public int? Commitment { get; set; }

    public decimal? Value { get; set; }

    public LocalDate? Date { get; set; }
}

public sealed class ProgressRow : ExchangeRow
{
    public int? Commitment { get; set; }

    public decimal? Value { get; set; }

    public LocalDate? Date { get; set; }

    public string? Comment { get; set; }

    /// <summary>The reporter's name (for reading; the Teams user id is what links).</summary>
    public string? Reporter { get; set; }

    public string? ReporterTeamsUserId { get; set; }
}
