using Coalitie.Bot.Cards;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Parsing;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.Coalitions;

/// <summary>Everything the overview card shows.</summary>
public sealed record OverviewModel(
    Coalition Coalition,
    IReadOnlyList<Partner> Partners,
    IReadOnlyDictionary<Guid, Person> People,
    IReadOnlyList<RoleAssignment> Roles,
    IReadOnlyDictionary<string, string> ChannelNames,
    IReadOnlyList<OverviewSection> Sections,
    LocalDate Today);

/// <summary>One line of the current roles list.</summary>
public sealed record RoleLine(Guid AssignmentId, string Person, string Description);

/// <summary>
/// The cards of coalitions, partners and roles. Pure builders (no I/O): handlers pass what to show, and
/// <see cref="Samples"/> fills them with realistic data for the card catalogue.
/// </summary>
public static partial class CoalitionCards
{
    /// <summary>The value of "none" in a choice set (the card parser rejects empty values).</summary>
    public const string NoChoice = "-";

    /// <summary>The chosen value of a choice set, or null for nothing / <see cref="NoChoice"/>.</summary>
    public static string? Chosen(FormState state, string id)
    {
        ArgumentNullException.ThrowIfNull(state);
        var value = state.Get(id);
        return value is null or NoChoice ? null : value;
    }

    /// <summary>Rows per page in the lists (partners, roles).</summary>
    public const int PageSize = 15;

    public static class Fields
    {
        public const string Name = "name";
        public const string Area = "area";
        public const string Municipality = "municipality";
        public const string TimeZone = "timeZone";
        public const string Language = "language";
        public const string StuurgroepChannel = "stuurgroepChannel";
        public const string Formality = "formality";
        public const string Domain = "domain";
        public const string Line = "line";
        public const string JoinedOn = "joinedOn";
        public const string Representative = "representative";
        public const string From = "from";
        public const string LeftOn = "leftOn";
        public const string Person = "person";
        public const string Role = "role";
        public const string Seat = "seat";
        public const string Chair = "chair";
        public const string Partner = "partner";
    }

    public static AdaptiveCard Setup(CoalitionsTexts t, FormState state, IReadOnlyList<TeamChannel> channels, string defaultStuurgroepChannelId, string? teamName)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(channels);
        var body = new List<CardElement>
        {
            Title(t.SetupTitle),
            new TextBlock { Text = t.SetupIntro, Wrap = true },
        };
        body.AddRange(FormFields.Text(state, Fields.Name, t.FieldCoalitionName, required: true, requiredMessage: t.Required(t.FieldCoalitionName), maxLength: Coalition.MaxNameLength, defaultValue: teamName));
        body.AddRange(FormFields.Text(state, Fields.Area, t.FieldArea, required: true, requiredMessage: t.Required(t.FieldArea), maxLength: Coalition.MaxNameLength, placeholder: "Havenkwartier"));
        body.AddRange(FormFields.Text(state, Fields.Municipality, t.FieldMunicipality, required: true, requiredMessage: t.Required(t.FieldMunicipality), maxLength: Coalition.MaxNameLength, placeholder: "Havenstad"));
        body.AddRange(FormFields.Text(state, Fields.TimeZone, t.FieldTimeZone, required: true, requiredMessage: t.Required(t.FieldTimeZone), maxLength: 64, defaultValue: Coalition.DefaultTimeZoneId));
        body.AddRange(FormFields.Choice(state, Fields.Language, t.FieldLanguage,
            [new Choice { Title = t.LanguageName("nl"), Value = "nl" }, new Choice { Title = t.LanguageName("en"), Value = "en" }],
            required: true, requiredMessage: t.Required(t.FieldLanguage), defaultValue: t.English ? "en" : "nl"));
        body.AddRange(FormFields.Choice(state, Fields.StuurgroepChannel, t.FieldStuurgroepChannel,
            channels.Select(c => new Choice { Title = c.Name ?? t.GeneralChannel, Value = c.Id }),
            required: true, requiredMessage: t.Required(t.FieldStuurgroepChannel), defaultValue: defaultStuurgroepChannelId));
        body.AddRange(FormFields.Choice(state, Fields.Formality, t.FieldFormality,
            Enum.GetValues<CoalitionFormality>().Select(f => new Choice { Title = t.FormalityName(f), Value = f.ToString() }),
            required: true, requiredMessage: t.Required(t.FieldFormality), defaultValue: nameof(CoalitionFormality.Voluntary), expanded: true));
        return new AdaptiveCard
        {
            FallbackText = t.SetupTitle,
            Body = body,
            Actions = [CardData.Execute(t.Create, CoalitionVerbs.Create, new FormData(CardData.Version), ActionStyle.Positive)],
        };
    }

    public static AdaptiveCard SetupReceipt(CoalitionsTexts t, Coalition coalition, string stuurgroepChannelName)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(coalition);
        return Receipt(t.SetupReceiptTitle(coalition.Name), t.SetupReceiptText,
            CardData.Execute(t.FirstCheckInButton, CardVerbs.CheckInFirstRound, VersionedData.V1, sendsInputs: false),
            new Fact { Title = t.FactArea, Value = coalition.Area },
            new Fact { Title = t.FactMunicipality, Value = coalition.Municipality },
            new Fact { Title = t.FactTimeZone, Value = coalition.TimeZoneId },
            new Fact { Title = t.FieldLanguage, Value = t.LanguageName(coalition.Language) },
            new Fact { Title = t.FactStuurgroepChannel, Value = stuurgroepChannelName },
            new Fact { Title = t.FactFormality, Value = t.FormalityName(coalition.Formality) });
    }

    public static AdaptiveCard Overview(CoalitionsTexts t, OverviewModel model)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(model);
        var c = model.Coalition;
        string Channel(string id) => model.ChannelNames.TryGetValue(id, out var name) ? name : id == c.TeamId ? t.GeneralChannel : id;
        var body = new List<CardElement>
        {
            Title(t.OverviewTitle(c.Name)),
            new FactSet
            {
                Facts =
                [
                    new Fact { Title = t.FactArea, Value = c.Area },
                    new Fact { Title = t.FactMunicipality, Value = c.Municipality },
                    new Fact { Title = t.FactFormality, Value = t.FormalityName(c.Formality) },
                    new Fact { Title = t.FactMainChannel, Value = Channel(c.MainChannelId) },
                    new Fact { Title = t.FactStuurgroepChannel, Value = Channel(c.StuurgroepChannelId) },
                    new Fact { Title = t.FactTimeZone, Value = c.TimeZoneId },
                ],
            },
        };

        var active = model.Partners.Where(p => p.IsActiveOn(model.Today) || (!p.HasLeft && p.JoinedOn > model.Today)).ToList();
        body.Add(Header(t.PartnersTitle(active.Count, model.Partners.Count - active.Count)));
        if (active.Count == 0)
        {
            body.Add(new TextBlock { Text = t.NoPartnersYet, Wrap = true, IsSubtle = true });
        }
        else
        {
            body.Add(new FactSet
            {
                Facts = active.GroupBy(p => p.Domain).OrderBy(g => g.Key)
                    .Select(g => new Fact { Title = t.DomainName(g.Key), Value = t.PartnersPerDomain(g.Count()) }).ToList(),
            });
        }

        string PersonName(Guid id) => model.People.TryGetValue(id, out var p) ? p.DisplayName : t.Unknown;
        body.Add(Header(t.ProcesregisseursHeader));
        var directors = model.Roles.Where(r => r.Role == CoalitionRole.Procesregisseur).Select(r => PersonName(r.PersonId)).Distinct().ToList();
        body.Add(new TextBlock { Text = string.Join(", ", directors), Wrap = true });

        body.Add(Header(t.StuurgroepHeader));
        var seats = model.Roles.Where(r => r.Role == CoalitionRole.StuurgroepMember).OrderByDescending(r => r.IsChair).ThenBy(r => r.DomainSeat).ToList();
        if (seats.Count == 0)
        {
            body.Add(new TextBlock { Text = t.NoStuurgroep, Wrap = true, IsSubtle = true });
        }
        else
        {
            body.Add(new FactSet
            {
                Facts = seats.Take(20).Select(r => new Fact
                {
                    Title = r.DomainSeat is { } seat ? t.DomainName(seat) : t.Unknown,
                    Value = PersonName(r.PersonId) + (r.IsChair ? $" ({t.Chair})" : string.Empty),
                }).ToList(),
            });
        }

        foreach (var section in model.Sections.OrderBy(s => s.Order))
        {
            body.Add(Header(section.Title));
            body.Add(new FactSet { Facts = section.Facts.Take(12).Select(f => new Fact { Title = f.Title, Value = f.Value }).ToList() });
        }

        return new AdaptiveCard
        {
            FallbackText = t.OverviewTitle(c.Name),
            MsTeams = new MsTeamsCardProperties { Width = MsTeamsWidth.Full },
            Body = body,
            Actions = [CardData.Execute(t.PartnersTitle(active.Count, model.Partners.Count - active.Count), CoalitionVerbs.PartnersPage, new PageData(CardData.Version, 0), sendsInputs: false)],
        };
    }

    public static AdaptiveCard PartnerForm(CoalitionsTexts t, FormState state, Roster roster, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(roster);
        var body = new List<CardElement> { Title(t.PartnerFormTitle) };
        body.AddRange(FormFields.Text(state, Fields.Name, t.FieldPartnerName, required: true, requiredMessage: t.Required(t.FieldPartnerName), maxLength: Partner.MaxNameLength, placeholder: "Woonpartners Zuid"));
        body.AddRange(FormFields.Choice(state, Fields.Domain, t.FieldDomain, DomainChoices(t), required: true, requiredMessage: t.Required(t.FieldDomain)));
        body.AddRange(FormFields.Choice(state, Fields.Line, t.FieldLine, LineChoices(t), defaultValue: NoChoice));
        body.AddRange(FormFields.Text(state, Fields.JoinedOn, t.FieldJoinedOn, required: true, requiredMessage: t.Required(t.FieldJoinedOn), placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(today)));
        body.AddRange(MemberPicker(t, state, Fields.Representative, t.FieldRepresentative, roster, optional: true));
        return new AdaptiveCard
        {
            FallbackText = t.PartnerFormTitle,
            Body = body,
            Actions = [CardData.Execute(t.AddPartner, CoalitionVerbs.PartnerAdd, new FormData(CardData.Version), ActionStyle.Positive)],
        };
    }

    public static AdaptiveCard PartnerReceipt(CoalitionsTexts t, Partner partner, string? representative)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(partner);
        return Receipt(t.PartnerAddedTitle(partner.Name), t.PartnerAddedText(t.DomainName(partner.Domain), partner.JoinedOn, representative),
            CardData.Execute(t.Details, CoalitionVerbs.PartnerShow, new PartnerData(CardData.Version, partner.Id), sendsInputs: false));
    }

    public static AdaptiveCard PartnersList(CoalitionsTexts t, IReadOnlyList<Partner> partners, IReadOnlyDictionary<Guid, Person> people, int page)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(people);
        var left = partners.Count(p => p.HasLeft);
        var body = new List<CardElement> { Title(t.PartnersTitle(partners.Count - left, left)) };
        if (partners.Count == 0)
        {
            body.Add(new TextBlock { Text = t.NoPartners, Wrap = true });
            return new AdaptiveCard { FallbackText = t.NoPartners, Body = body };
        }

        var pages = (partners.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 0, pages - 1);
        foreach (var partner in partners.Skip(page * PageSize).Take(PageSize))
        {
            var detail = new List<string> { t.DomainName(partner.Domain) };
            if (partner.LeftOn is { } leftOn)
            {
                detail.Add(t.LeftOn(leftOn));
            }
            else if (partner.CurrentRepresentative is { } rep)
            {
                detail.Add(t.RepresentedBy(people.TryGetValue(rep.PersonId, out var person) ? person.DisplayName : t.Unknown));
                if (!rep.IsMandateConfirmed)
                {
                    detail.Add(t.MandateOpen);
                }
            }
            else
            {
                detail.Add(t.NoRepresentative);
            }

            body.Add(new ColumnSet
            {
                Separator = true,
                Columns =
                [
                    new Column
                    {
                        Width = ColumnWidth.Stretch,
                        Items =
                        [
                            new TextBlock { Text = partner.Name, Weight = TextWeight.Bolder, Wrap = true, IsSubtle = partner.HasLeft ? true : null },
                            new TextBlock { Text = string.Join(" · ", detail), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                        ],
                    },
                    new Column
                    {
                        Width = ColumnWidth.Auto,
                        Items = [new ActionSet { Actions = [CardData.Execute(t.Details, CoalitionVerbs.PartnerShow, new PartnerData(CardData.Version, partner.Id), sendsInputs: false)] }],
                    },
                ],
            });
        }

        var actions = new List<CardAction>();
        if (pages > 1)
        {
            body.Add(new TextBlock { Text = t.Page(page + 1, pages), IsSubtle = true, Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Right });
            if (page > 0)
            {
                actions.Add(CardData.Execute(t.PreviousPage, CoalitionVerbs.PartnersPage, new PageData(CardData.Version, page - 1), sendsInputs: false));
            }

            if (page < pages - 1)
            {
                actions.Add(CardData.Execute(t.NextPage, CoalitionVerbs.PartnersPage, new PageData(CardData.Version, page + 1), sendsInputs: false));
            }
        }

        return new AdaptiveCard
        {
            FallbackText = t.PartnersTitle(partners.Count - left, left),
            Body = body,
            Actions = actions.Count > 0 ? actions : null,
        };
    }

    public static AdaptiveCard PartnerDetail(CoalitionsTexts t, Partner partner, IReadOnlyDictionary<Guid, Person> people, bool canManage)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(people);
        var facts = new List<Fact>
        {
            new() { Title = t.FactDomain, Value = t.DomainName(partner.Domain) },
        };
        if (partner.VoetbalLine is { } line)
        {
            facts.Add(new Fact { Title = t.FactLine, Value = t.LineName(line) });
        }

        facts.Add(new Fact { Title = t.FactJoined, Value = t.Date(partner.JoinedOn) });
        if (partner.LeftOn is { } leftOn)
        {
            facts.Add(new Fact { Title = t.FactLeft, Value = t.Date(leftOn) });
        }

        var body = new List<CardElement> { Title(partner.Name), new FactSet { Facts = facts }, Header(t.RepresentativesHeader) };
        var history = partner.Representations.Reverse().Take(20).ToList();
        if (history.Count == 0)
        {
            body.Add(new TextBlock { Text = t.NoRepresentative, IsSubtle = true, Wrap = true });
        }

        foreach (var representation in history)
        {
            var name = people.TryGetValue(representation.PersonId, out var person) ? person.DisplayName : t.Unknown;
            var mandate = representation.MandateConfirmedOn is { } confirmed ? t.MandateConfirmedOn(confirmed) : t.MandateOpen;
            body.Add(new TextBlock { Text = name, Weight = representation.To is null ? TextWeight.Bolder : null, Wrap = true });
            body.Add(new TextBlock { Text = $"{t.RepresentationPeriod(representation.From, representation.To)} · {mandate}", IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None });
        }

        var actions = new List<CardAction>();
        if (canManage && !partner.HasLeft)
        {
            var data = new PartnerData(CardData.Version, partner.Id);
            actions.Add(CardData.Execute(t.ChangeRepresentative, CoalitionVerbs.RepresentativeForm, data, sendsInputs: false));
            actions.Add(CardData.Execute(t.LeaveCoalition, CoalitionVerbs.LeaveForm, data, ActionStyle.Destructive, sendsInputs: false));
            if (partner.CurrentRepresentative is { IsMandateConfirmed: false } open)
            {
                actions.Add(CardData.Execute(t.MandateConfirmButton, CoalitionVerbs.MandateConfirm, new MandateData(CardData.Version, partner.Id, open.Id), ActionStyle.Positive, sendsInputs: false));
            }
        }

        return new AdaptiveCard { FallbackText = partner.Name, Body = body, Actions = actions.Count > 0 ? actions : null };
    }

    public static AdaptiveCard RepresentativeForm(CoalitionsTexts t, FormState state, Partner partner, Roster roster, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(partner);
        var body = new List<CardElement> { Title(t.ChangeRepresentativeTitle(partner.Name)) };
        body.AddRange(MemberPicker(t, state, Fields.Representative, t.FieldNewRepresentative, roster, optional: false));
        body.AddRange(FormFields.Text(state, Fields.From, t.FieldFrom, required: true, requiredMessage: t.Required(t.FieldFrom), placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(today)));
        return new AdaptiveCard
        {
            FallbackText = t.ChangeRepresentativeTitle(partner.Name),
            Body = body,
            Actions = [CardData.Execute(t.Save, CoalitionVerbs.RepresentativeChange, new PartnerData(CardData.Version, partner.Id), ActionStyle.Positive)],
        };
    }

    public static AdaptiveCard RepresentativeReceipt(CoalitionsTexts t, Partner partner, string person, LocalDate from)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(partner);
        return Receipt(t.RepresentativeChangedTitle(partner.Name), t.RepresentativeChangedText(person, from));
    }

    public static AdaptiveCard LeaveForm(CoalitionsTexts t, FormState state, Partner partner, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(partner);
        var body = new List<CardElement> { Title(t.LeaveTitle(partner.Name)), new TextBlock { Text = t.LeaveIntro, Wrap = true } };
        body.AddRange(FormFields.Text(state, Fields.LeftOn, t.FieldLeftOn, required: true, requiredMessage: t.Required(t.FieldLeftOn), placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(today)));
        return new AdaptiveCard
        {
            FallbackText = t.LeaveTitle(partner.Name),
            Body = body,
            Actions = [CardData.Execute(t.ConfirmLeave, CoalitionVerbs.Leave, new PartnerData(CardData.Version, partner.Id), ActionStyle.Destructive)],
        };
    }

    public static AdaptiveCard LeaveReceipt(CoalitionsTexts t, Partner partner)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(partner);
        return Receipt(t.PartnerLeftTitle(partner.Name), t.PartnerLeftText(partner.LeftOn ?? partner.JoinedOn));
    }

    public static AdaptiveCard MandatePrompt(CoalitionsTexts t, Partner partner, Representation representation, string person)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(representation);
        var data = new MandateData(CardData.Version, partner.Id, representation.Id);
        return new AdaptiveCard
        {
            FallbackText = t.MandatePromptText(person, partner.Name),
            Body = [Title(t.MandatePromptTitle), new TextBlock { Text = t.MandatePromptText(person, partner.Name), Wrap = true }],
            Actions =
            [
                CardData.Execute(t.MandateConfirmButton, CoalitionVerbs.MandateConfirm, data, ActionStyle.Positive, sendsInputs: false),
                CardData.Execute(t.MandateLaterButton, CoalitionVerbs.MandateLater, data, sendsInputs: false),
            ],
        };
    }

    public static AdaptiveCard MandateConfirmedReceipt(CoalitionsTexts t, string person, string partner, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Receipt(t.MandateConfirmedTitle, t.MandateConfirmedText(person, partner, on));
    }

    public static AdaptiveCard MandateLaterReceipt(CoalitionsTexts t, string person, string partner)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Receipt(t.MandatePromptTitle, t.MandateLaterText(person, partner));
    }

    public static AdaptiveCard Roles(CoalitionsTexts t, FormState state, Roster roster, IReadOnlyList<Partner> activePartners, IReadOnlyList<RoleLine> current, int page, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(activePartners);
        ArgumentNullException.ThrowIfNull(current);
        var body = new List<CardElement> { Title(t.RoleTitle) };
        if (notice is not null)
        {
            body.Add(new TextBlock { Text = notice, Wrap = true, Color = TextColor.Good });
        }

        body.Add(new TextBlock { Text = t.RoleIntro, Wrap = true });
        body.AddRange(MemberPicker(t, state, Fields.Person, t.FieldPerson, roster, optional: false));
        body.AddRange(FormFields.Choice(state, Fields.Role, t.FieldRole,
            new[] { CoalitionRole.Procesregisseur, CoalitionRole.StuurgroepMember, CoalitionRole.PartnerRepresentative }
                .Select(r => new Choice { Title = t.RoleName(r), Value = r.ToString() }),
            required: true, requiredMessage: t.Required(t.FieldRole), expanded: true));
        body.AddRange(FormFields.Choice(state, Fields.Seat, t.FieldSeat, [new Choice { Title = "—", Value = NoChoice }, .. DomainChoices(t)], defaultValue: NoChoice));
        body.Add(new ToggleInput { Id = Fields.Chair, Title = t.FieldChair, ValueOn = "true", ValueOff = "false", Value = state.Get(Fields.Chair) ?? "false", Wrap = true });
        body.AddRange(FormFields.Choice(state, Fields.Partner, t.FieldPartner,
            [new Choice { Title = "—", Value = NoChoice }, .. activePartners.Take(200).Select(p => new Choice { Title = p.Name, Value = p.Id.ToString() })],
            defaultValue: NoChoice));
        body.Add(new ActionSet { Actions = [CardData.Execute(t.Assign, CoalitionVerbs.RoleAssign, new FormData(CardData.Version), ActionStyle.Positive)] });

        body.Add(Header(t.CurrentRolesHeader));
        if (current.Count == 0)
        {
            body.Add(new TextBlock { Text = t.NoRoles, IsSubtle = true, Wrap = true });
        }

        var pages = Math.Max(1, (current.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pages - 1);
        foreach (var line in current.Skip(page * PageSize).Take(PageSize))
        {
            body.Add(new ColumnSet
            {
                Columns =
                [
                    new Column
                    {
                        Width = ColumnWidth.Stretch,
                        Items =
                        [
                            new TextBlock { Text = line.Person, Weight = TextWeight.Bolder, Wrap = true },
                            new TextBlock { Text = line.Description, IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None },
                        ],
                    },
                    new Column
                    {
                        Width = ColumnWidth.Auto,
                        Items = [new ActionSet { Actions = [CardData.Execute(t.Remove, CoalitionVerbs.RoleRemove, new RoleData(CardData.Version, line.AssignmentId, page), ActionStyle.Destructive, sendsInputs: false)] }],
                    },
                ],
            });
        }

        var actions = new List<CardAction>();
        if (pages > 1)
        {
            body.Add(new TextBlock { Text = t.Page(page + 1, pages), IsSubtle = true, Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Right });
            if (page > 0)
            {
                actions.Add(CardData.Execute(t.PreviousPage, CoalitionVerbs.RolesPage, new PageData(CardData.Version, page - 1), sendsInputs: false));
            }

            if (page < pages - 1)
            {
                actions.Add(CardData.Execute(t.NextPage, CoalitionVerbs.RolesPage, new PageData(CardData.Version, page + 1), sendsInputs: false));
            }
        }

        return new AdaptiveCard { FallbackText = t.RoleTitle, Body = body, Actions = actions.Count > 0 ? actions : null };
    }

    public static AdaptiveCard RoleReceipt(CoalitionsTexts t, string text)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Receipt(t.RoleAssignedTitle, text, CardData.Execute(t.RoleTitle, CoalitionVerbs.RolesPage, new PageData(CardData.Version, 0), sendsInputs: false));
    }

    private static IEnumerable<CardElement> MemberPicker(CoalitionsTexts t, FormState state, string id, string label, Roster roster, bool optional)
    {
        var choices = new List<Choice>();
        if (optional)
        {
            choices.Add(new Choice { Title = t.NoRepresentativeChoice, Value = NoChoice });
        }

        choices.AddRange(roster.Members.Select(m => new Choice { Title = m.Name, Value = m.Id }));
        if (choices.Count == 0)
        {
            // A choice set needs choices; without members the picker says why and offers nobody.
            choices.Add(new Choice { Title = t.NoRepresentativeChoice, Value = NoChoice });
        }

        foreach (var element in FormFields.Choice(state, id, label, choices, required: !optional, requiredMessage: t.Required(label), defaultValue: optional ? NoChoice : null))
        {
            yield return element;
        }

        if (!roster.Available)
        {
            yield return new TextBlock { Text = t.MembersUnavailable, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };
        }
        else if (roster.Truncated)
        {
            yield return new TextBlock { Text = t.MembersTruncated(roster.Members.Count), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };
        }
    }

    private static IEnumerable<Choice> DomainChoices(CoalitionsTexts t) =>
        Enum.GetValues<PartnerDomain>().Select(d => new Choice { Title = t.DomainName(d), Value = d.ToString() });

    private static IEnumerable<Choice> LineChoices(CoalitionsTexts t) =>
        [new Choice { Title = t.NoLine, Value = NoChoice }, .. Enum.GetValues<VoetbalLine>().Select(l => new Choice { Title = t.LineName(l), Value = l.ToString() })];

    private static TextBlock Title(string text) =>
        new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };

    private static TextBlock Header(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };

    private static AdaptiveCard Receipt(string title, string text, CardAction? action = null, params Fact[] facts)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = "✓ " + title, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Color = TextColor.Good, Wrap = true },
            new TextBlock { Text = text, Wrap = true },
        };
        if (facts.Length > 0)
        {
            body.Add(new FactSet { Facts = [.. facts] });
        }

        return new AdaptiveCard { FallbackText = title, Body = body, Actions = action is null ? null : [action] };
    }
}
