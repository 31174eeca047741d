using Coalitie.Bot.Commands;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Contracts;

namespace Coalitie.Bot.Exchange;

/// <summary>
/// The Dutch words the exchange format uses for the domain's enumerations, in both directions. Reading is case- and
/// accent-insensitive and accepts a few synonyms (e.g. <c>woningcorporatie</c> for <c>wonen</c>); writing always
/// uses the first word.
/// </summary>
public static class ExchangeNames
{
    private static readonly Map<PartnerDomain> Domains = new(
        (PartnerDomain.Gemeente, ["gemeente"]),
        (PartnerDomain.Onderwijs, ["onderwijs"]),
        (PartnerDomain.Wonen, ["wonen", "woningcorporatie", "wonen / woningcorporatie"]),
        (PartnerDomain.Politie, ["politie"]),
        (PartnerDomain.OpenbaarMinisterie, ["openbaar ministerie", "justitie", "openbaar ministerie / justitie", "om"]),
        (PartnerDomain.ZorgEnWelzijn, ["zorg en welzijn", "zorg", "welzijn"]),
        (PartnerDomain.Werk, ["werk", "werkgevers", "werk / werkgevers"]),
        (PartnerDomain.Cultuur, ["cultuur"]),
        (PartnerDomain.Rijk, ["rijk"]),
        (PartnerDomain.Bewoners, ["bewoners", "burgerpanel", "bewoners / burgerpanel"]),
        (PartnerDomain.Overig, ["overig"]));

    private static readonly Map<VoetbalLine> Lines = new(
        (VoetbalLine.Keeper, ["keeper"]),
        (VoetbalLine.Verdediging, ["verdediging"]),
        (VoetbalLine.Middenveld, ["middenveld"]),
        (VoetbalLine.Aanval, ["aanval"]));

    private static readonly Map<CoalitionRole> Roles = new(
        (CoalitionRole.Procesregisseur, ["procesregisseur"]),
        (CoalitionRole.StuurgroepMember, ["stuurgroeplid", "stuurgroep"]),
        (CoalitionRole.PartnerRepresentative, ["vertegenwoordiger"]));

    private static readonly Map<CoalitionFormality> Formalities = new(
        (CoalitionFormality.Voluntary, ["vrijwillig"]),
        (CoalitionFormality.Mandated, ["gemandateerd"]));

    private static readonly Map<ContractKind> ContractKinds = new(
        (ContractKind.Contract, ["lokaal contract", "contract", "lokaal sociaal contract"]),
        (ContractKind.Convenant, ["convenant"]),
        (ContractKind.Pact, ["lokaal pact", "pact"]),
        (ContractKind.Intentieverklaring, ["intentieverklaring"]));

    private static readonly Map<ContractVersionKind> VersionKinds = new(
        (ContractVersionKind.Vastgesteld, ["vastgesteld"]),
        (ContractVersionKind.Herzien, ["herzien"]),
        (ContractVersionKind.Bijgesteld, ["bijgesteld"]),
        (ContractVersionKind.Aangescherpt, ["aangescherpt"]));

    private static readonly Map<GoalAreaKind> GoalKinds = new(
        (GoalAreaKind.CoreGoal, ["kerndoel"]),
        (GoalAreaKind.Leefveld, ["leefveld"]),
        (GoalAreaKind.Local, ["eigen doel", "lokaal doel"]));

    private static readonly Map<Direction> Directions = new(
        (Direction.HigherIsBetter, ["hoger is beter", "hoger"]),
        (Direction.LowerIsBetter, ["lager is beter", "lager"]));

    private static readonly Map<CommitmentStatus> Statuses = new(
        (CommitmentStatus.OnTrack, ["op koers"]),
        (CommitmentStatus.AtRisk, ["risico"]),
        (CommitmentStatus.OffTrack, ["achter"]),
        (CommitmentStatus.Achieved, ["gehaald"]),
        (CommitmentStatus.Missed, ["gemist"]));

    public static string Of(PartnerDomain value) => Domains.Write(value);

    public static string Of(VoetbalLine value) => Lines.Write(value);

    public static string Of(CoalitionRole value) => Roles.Write(value);

    public static string Of(CoalitionFormality value) => Formalities.Write(value);

    public static string Of(ContractKind value) => ContractKinds.Write(value);

    public static string Of(ContractVersionKind value) => VersionKinds.Write(value);

    public static string Of(GoalAreaKind value) => GoalKinds.Write(value);

    public static string Of(Direction value) => Directions.Write(value);

    public static string Of(CommitmentStatus value) => Statuses.Write(value);

    public static bool TryDomain(string? text, out PartnerDomain value) => Domains.TryRead(text, out value);

    public static bool TryLine(string? text, out VoetbalLine value) => Lines.TryRead(text, out value);

    public static bool TryRole(string? text, out CoalitionRole value) => Roles.TryRead(text, out value);

    public static bool TryFormality(string? text, out CoalitionFormality value) => Formalities.TryRead(text, out value);

    public static bool TryContractKind(string? text, out ContractKind value) => ContractKinds.TryRead(text, out value);

    public static bool TryVersionKind(string? text, out ContractVersionKind value) => VersionKinds.TryRead(text, out value);

    public static bool TryGoalKind(string? text, out GoalAreaKind value) => GoalKinds.TryRead(text, out value);

    public static bool TryDirection(string? text, out Direction value) => Directions.TryRead(text, out value);

    /// <summary>The words accepted for <typeparamref name="T"/>, for a rejection message ("kies uit …").</summary>
    public static string Choices<T>()
        where T : struct, Enum => typeof(T) switch
        {
            var t when t == typeof(PartnerDomain) => Domains.Choices,
            var t when t == typeof(VoetbalLine) => Lines.Choices,
            var t when t == typeof(CoalitionRole) => Roles.Choices,
            var t when t == typeof(CoalitionFormality) => Formalities.Choices,
            var t when t == typeof(ContractKind) => ContractKinds.Choices,
            var t when t == typeof(ContractVersionKind) => VersionKinds.Choices,
            var t when t == typeof(GoalAreaKind) => GoalKinds.Choices,
            var t when t == typeof(Direction) => Directions.Choices,
            _ => string.Empty,
        };

    /// <summary>Case- and accent-insensitive key for names (partners, goal areas, programmes).</summary>
    public static string Key(string? text) => CommandCatalog.Normalize(text ?? string.Empty);

    private sealed class Map<T>
        where T : struct, Enum
    {
        private readonly Dictionary<T, string> _write = [];
        private readonly Dictionary<string, T> _read = new(StringComparer.Ordinal);

        public Map(params (T Value, string[] Words)[] entries)
        {
            foreach (var (value, words) in entries)
            {
                _write[value] = words[0];
                foreach (var word in words)
                {
                    _read[Key(word)] = value;
                }

                _read[Key(value.ToString())] = value;
            }

            Choices = string.Join(", ", entries.Select(e => e.Words[0]));
        }

        public string Choices { get; }

        public string Write(T value) => _write.TryGetValue(value, out var word) ? word : value.ToString();

        public bool TryRead(string? text, out T value) => _read.TryGetValue(Key(text), out value);
    }
}
