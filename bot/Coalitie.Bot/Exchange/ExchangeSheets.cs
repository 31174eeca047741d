using NodaTime;

namespace Coalitie.Bot.Exchange;

/// <summary>What a cell holds: text, a date (a real Excel date), a number, a whole number or ja/nee.</summary>
public enum CellKind
{
    Text,
    Date,
    Number,
    WholeNumber,
    YesNo,
}

/// <summary>One column of a sheet: its Dutch header, what it holds, and how it maps to the row's property.</summary>
public sealed record ExchangeColumn(string Header, CellKind Kind, Func<object, object?> Get, Action<object, object?> Set);

/// <summary>One sheet: its Dutch name, its columns, how to make a row and where its rows live in the workbook.</summary>
public sealed record ExchangeSheet(
    string Name,
    IReadOnlyList<ExchangeColumn> Columns,
    Func<ExchangeRow> NewRow,
    Func<ExchangeWorkbook, IEnumerable<ExchangeRow>> Rows,
    Action<ExchangeWorkbook, ExchangeRow> Add);

/// <summary>
/// The sheets of the exchange workbook, in order, with their Dutch names and headers (docs/exchange-format.md). The
/// XLSX reader and writer are driven by this table, so a column exists in both directions or in neither.
/// </summary>
public static class ExchangeSheets
{
    public const string Coalition = "Coalitie";
    public const string Partners = "Partners";
    public const string People = "Personen en rollen";
    public const string Representatives = "Vertegenwoordigers";
    public const string Contract = "Contract";
    public const string Programmes = "Programma's";
    public const string Signatories = "Ondertekenaars";
    public const string Versions = "Versies";
    public const string Goals = "Doelen";
    public const string Commitments = "Toezeggingen";
    public const string Milestones = "Mijlpalen";
    public const string Progress = "Voortgang";

    public static IReadOnlyList<ExchangeSheet> All { get; } =
    [
        Sheet<CoalitionRow>(Coalition, w => w.Coalition is null ? [] : [w.Coalition], (w, r) => w.Coalition = r,
            Text<CoalitionRow>("Naam", r => r.Name, (r, v) => r.Name = v),
            Text<CoalitionRow>("Gebied", r => r.Area, (r, v) => r.Area = v),
            Text<CoalitionRow>("Gemeente", r => r.Municipality, (r, v) => r.Municipality = v),
            Text<CoalitionRow>("Team-id", r => r.TeamId, (r, v) => r.TeamId = v),
            Text<CoalitionRow>("Hoofdkanaal-id", r => r.MainChannelId, (r, v) => r.MainChannelId = v),
            Text<CoalitionRow>("Stuurgroepkanaal-id", r => r.StuurgroepChannelId, (r, v) => r.StuurgroepChannelId = v),
            Text<CoalitionRow>("Tijdzone", r => r.TimeZone, (r, v) => r.TimeZone = v),
            Text<CoalitionRow>("Taal", r => r.Language, (r, v) => r.Language = v),
            Text<CoalitionRow>("Deelname", r => r.Formality, (r, v) => r.Formality = v)),
        Sheet<PartnerRow>(Partners, w => w.Partners, (w, r) => w.Partners.Add(r),
            Text<PartnerRow>("Naam", r => r.Name, (r, v) => r.Name = v),
            Text<PartnerRow>("Domein", r => r.Domain, (r, v) => r.Domain = v),
            Text<PartnerRow>("Voetballijn", r => r.Line, (r, v) => r.Line = v),
            Date<PartnerRow>("Lid sinds", r => r.JoinedOn, (r, v) => r.JoinedOn = v),
            Date<PartnerRow>("Vertrokken op", r => r.LeftOn, (r, v) => r.LeftOn = v)),
        Sheet<PersonRoleRow>(People, w => w.People, (w, r) => w.People.Add(r),
            Text<PersonRoleRow>("Naam", r => r.Name, (r, v) => r.Name = v),
            Text<PersonRoleRow>("Teams-gebruikers-id", r => r.TeamsUserId, (r, v) => r.TeamsUserId = v),
            Text<PersonRoleRow>("Rol", r => r.Role, (r, v) => r.Role = v),
            Text<PersonRoleRow>("Zetel", r => r.Seat, (r, v) => r.Seat = v),
            YesNo<PersonRoleRow>("Voorzitter", r => r.Chair, (r, v) => r.Chair = v),
            Text<PersonRoleRow>("Partner", r => r.Partner, (r, v) => r.Partner = v)),
        Sheet<RepresentationRow>(Representatives, w => w.Representatives, (w, r) => w.Representatives.Add(r),
            Text<RepresentationRow>("Partner", r => r.Partner, (r, v) => r.Partner = v),
            Text<RepresentationRow>("Persoon", r => r.Person, (r, v) => r.Person = v),
            Text<RepresentationRow>("Teams-gebruikers-id", r => r.TeamsUserId, (r, v) => r.TeamsUserId = v),
            Date<RepresentationRow>("Van", r => r.From, (r, v) => r.From = v),
            Date<RepresentationRow>("Tot", r => r.To, (r, v) => r.To = v),
            Date<RepresentationRow>("Mandaat bevestigd op", r => r.MandateConfirmedOn, (r, v) => r.MandateConfirmedOn = v),
            Text<RepresentationRow>("Mandaat bevestigd door", r => r.MandateConfirmedBy, (r, v) => r.MandateConfirmedBy = v)),
        Sheet<ContractRow>(Contract, w => w.Contract is null ? [] : [w.Contract], (w, r) => w.Contract = r, ContractColumns<ContractRow>()),
        Sheet<ProgrammeRow>(Programmes, w => w.Programmes, (w, r) => w.Programmes.Add(r),
            Text<ProgrammeRow>("Naam", r => r.Name, (r, v) => r.Name = v),
            Date<ProgrammeRow>("Van", r => r.Start, (r, v) => r.Start = v),
            Date<ProgrammeRow>("Tot en met", r => r.End, (r, v) => r.End = v)),
        Sheet<SignatoryRow>(Signatories, w => w.Signatories, (w, r) => w.Signatories.Add(r),
            Text<SignatoryRow>("Partner", r => r.Partner, (r, v) => r.Partner = v),
            Text<SignatoryRow>("Naam", r => r.Name, (r, v) => r.Name = v),
            Text<SignatoryRow>("Functie", r => r.Function, (r, v) => r.Function = v),
            Date<SignatoryRow>("Getekend op", r => r.SignedOn, (r, v) => r.SignedOn = v)),
        Sheet<VersionRow>(Versions, w => w.Versions, (w, r) => w.Versions.Add(r),
        [
            Integer<VersionRow>("Versie", r => r.Number, (r, v) => r.Number = v),
            Date<VersionRow>("Datum", r => r.Date, (r, v) => r.Date = v),
            Text<VersionRow>("Soort", r => r.VersionKind, (r, v) => r.VersionKind = v),
            Text<VersionRow>("Reden", r => r.Reason, (r, v) => r.Reason = v),
            Text<VersionRow>("Wijzigingen", r => r.Changes, (r, v) => r.Changes = v),
            .. ContractColumns<VersionRow>(),
        ]),
        Sheet<GoalRow>(Goals, w => w.Goals, (w, r) => w.Goals.Add(r),
            Text<GoalRow>("Naam", r => r.Name, (r, v) => r.Name = v),
            Text<GoalRow>("Soort", r => r.Kind, (r, v) => r.Kind = v),
            Date<GoalRow>("Vervallen op", r => r.RetiredOn, (r, v) => r.RetiredOn = v)),
        Sheet<CommitmentRow>(Commitments, w => w.Commitments, (w, r) => w.Commitments.Add(r),
            Integer<CommitmentRow>("Nummer", r => r.Number, (r, v) => r.Number = v),
            Text<CommitmentRow>("Partner", r => r.Partner, (r, v) => r.Partner = v),
            Text<CommitmentRow>("Titel", r => r.Title, (r, v) => r.Title = v),
            Text<CommitmentRow>("Omschrijving", r => r.Description, (r, v) => r.Description = v),
            Text<CommitmentRow>("Doel", r => r.Goal, (r, v) => r.Goal = v),
            Text<CommitmentRow>("Soort doel", r => r.GoalKind, (r, v) => r.GoalKind = v),
            Text<CommitmentRow>("Indicator", r => r.Indicator, (r, v) => r.Indicator = v),
            Text<CommitmentRow>("Eenheid", r => r.Unit, (r, v) => r.Unit = v),
            Text<CommitmentRow>("Richting", r => r.Direction, (r, v) => r.Direction = v),
            Number<CommitmentRow>("Nulmeting", r => r.BaselineValue, (r, v) => r.BaselineValue = v),
            Date<CommitmentRow>("Datum nulmeting", r => r.BaselineDate, (r, v) => r.BaselineDate = v),
            Number<CommitmentRow>("Streefwaarde", r => r.TargetValue, (r, v) => r.TargetValue = v),
            Date<CommitmentRow>("Streefdatum", r => r.TargetDate, (r, v) => r.TargetDate = v),
            Text<CommitmentRow>("Programma", r => r.Programme, (r, v) => r.Programme = v),
            Text<CommitmentRow>("Bijdrage aan het doel", r => r.Contribution, (r, v) => r.Contribution = v),
            Text<CommitmentRow>("Status", r => r.Status, (r, v) => r.Status = v)),
        Sheet<MilestoneRow>(Milestones, w => w.Milestones, (w, r) => w.Milestones.Add(r),
            Integer<MilestoneRow>("Toezegging", r => r.Commitment, (r, v) => r.Commitment = v),
            Number<MilestoneRow>("Waarde", r => r.Value, (r, v) => r.Value = v),
            Date<MilestoneRow>("Datum", r => r.Date, (r, v) => r.Date = v)),
        Sheet<ProgressRow>(Progress, w => w.Progress, (w, r) => w.Progress.Add(r),
            Integer<ProgressRow>("Toezegging", r => r.Commitment, (r, v) => r.Commitment = v),
            Number<ProgressRow>("Waarde", r => r.Value, (r, v) => r.Value = v),
            Date<ProgressRow>("Datum", r => r.Date, (r, v) => r.Date = v),
            Text<ProgressRow>("Toelichting", r => r.Comment, (r, v) => r.Comment = v),
            Text<ProgressRow>("Gemeld door", r => r.Reporter, (r, v) => r.Reporter = v),
            Text<ProgressRow>("Teams-gebruikers-id melder", r => r.ReporterTeamsUserId, (r, v) => r.ReporterTeamsUserId = v)),
    ];

    /// <summary>The headers that hold dates (the writer gives them a date format).</summary>
    public static IReadOnlySet<string> DateHeaders { get; } =
        All.SelectMany(s => s.Columns).Where(c => c.Kind == CellKind.Date).Select(c => c.Header).ToHashSet(StringComparer.Ordinal);

    private static ExchangeColumn[] ContractColumns<T>()
        where T : ContractRow =>
    [
        Text<T>("Titel", r => r.Title, (r, v) => r.Title = v),
        Text<T>("Gebied", r => r.Area, (r, v) => r.Area = v),
        Text<T>("Vorm", r => r.Kind, (r, v) => r.Kind = v),
        Date<T>("Ondertekend op", r => r.SignedOn, (r, v) => r.SignedOn = v),
        Date<T>("Horizon van", r => r.HorizonStart, (r, v) => r.HorizonStart = v),
        Date<T>("Horizon tot en met", r => r.HorizonEnd, (r, v) => r.HorizonEnd = v),
        Integer<T>("Evaluatie elke (jaar)", r => r.ReviewCycleYears, (r, v) => r.ReviewCycleYears = v),
        Text<T>("Uitgangspunten", r => r.Principles, (r, v) => r.Principles = v),
        Text<T>("Document", r => r.DocumentUrl, (r, v) => r.DocumentUrl = v),
    ];

    private static ExchangeSheet Sheet<T>(string name, Func<ExchangeWorkbook, IEnumerable<T>> rows, Action<ExchangeWorkbook, T> add, params ExchangeColumn[] columns)
        where T : ExchangeRow, new() =>
        new(name, columns, () => new T(), w => rows(w), (w, r) => add(w, (T)r));

    private static ExchangeColumn Text<T>(string header, Func<T, string?> get, Action<T, string?> set) =>
        new(header, CellKind.Text, r => get((T)r), (r, v) => set((T)r, (string?)v));

    private static ExchangeColumn Date<T>(string header, Func<T, LocalDate?> get, Action<T, LocalDate?> set) =>
        new(header, CellKind.Date, r => get((T)r), (r, v) => set((T)r, (LocalDate?)v));

    private static ExchangeColumn Number<T>(string header, Func<T, decimal?> get, Action<T, decimal?> set) =>
        new(header, CellKind.Number, r => get((T)r), (r, v) => set((T)r, (decimal?)v));

    private static ExchangeColumn Integer<T>(string header, Func<T, int?> get, Action<T, int?> set) =>
        new(header, CellKind.WholeNumber, r => get((T)r), (r, v) => set((T)r, (int?)v));

    private static ExchangeColumn YesNo<T>(string header, Func<T, bool?> get, Action<T, bool?> set) =>
        new(header, CellKind.YesNo, r => get((T)r), (r, v) => set((T)r, (bool?)v));
}
