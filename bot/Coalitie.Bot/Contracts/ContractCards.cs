using System.Globalization;
using Coalitie.Bot.Cards;
using Coalitie.Domain.Contracts;
using Coalitie.Domain.Parsing;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.Contracts;

/// <summary>A partner as the signing form offers it.</summary>
public sealed record PartnerOption(Guid Id, string Name);

/// <summary>
/// The contract's cards: the overview, the versions list (paged), one version read-only, the edit form (new contract
/// or next version) and its receipt, the signing form and its receipt, the programme form and its receipt. Lists are
/// summarised or paged, so every card stays under 28 KB with hundreds of versions, partners and programmes.
/// </summary>
public static partial class ContractCards
{
    /// <summary>Versions per page of the versions list.</summary>
    public const int VersionsPerPage = 15;

    /// <summary>Signatories, programmes and versions the overview shows before summarising.</summary>
    public const int OverviewSignatories = 12;

    public const int OverviewProgrammes = 8;

    public const int OverviewVersions = 5;

    /// <summary>Up to this many partners the signing form offers a choice; beyond it, a name field.</summary>
    public const int MaxPartnerChoices = 60;

    /// <summary>The id of the form-wide error line (e.g. "changed in the meantime").</summary>
    public const string FormErrorId = "form";

    private const int PrinciplesPreview = 600;

    // The contract

    public static AdaptiveCard Overview(ContractsTexts t, LocalContract contract, ContractPartners partners)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(partners);
        var partnerNames = partners.Names;
        var activePartners = partners.Active.Count;
        var current = contract.CurrentVersion;
        var body = new List<CardElement>
        {
            Heading(contract.Title),
            new TextBlock { Text = $"{Capitalise(t.KindName(contract.Kind))} · {contract.Area}", IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            new FactSet
            {
                Facts =
                [
                    new(t.SignedOnLabel, contract.SignedOn is { } signed ? t.Date(signed) : t.NotSignedYet),
                    new(t.HorizonLabel, t.Range(contract.Horizon)),
                    new(t.ReviewLabel, t.Review(contract.ReviewCycle, contract.NextReviewDate)),
                    new(t.VersionLabel, t.VersionFact(current.Number, current.Kind, current.Date)),
                    new(t.DocumentLabel, contract.DocumentUrl is { } url ? $"[{t.OpenDocument}]({url.AbsoluteUri})" : t.NoDocument),
                ],
            },
        };

        if (contract.Principles is { } principles)
        {
            body.Add(Subheading(t.PrinciplesLabel));
            body.Add(new TextBlock { Text = ContractsTexts.Clip(principles, PrinciplesPreview), Wrap = true, Spacing = Spacing.Small });
        }

        body.Add(Subheading(t.ProgrammesHeader));
        var programmes = contract.Programmes;
        if (programmes.Count == 0)
        {
            body.Add(Subtle(t.NoProgrammes));
        }
        else
        {
            foreach (var programme in programmes.Take(OverviewProgrammes))
            {
                body.Add(new TextBlock { Text = $"**{programme.Name}** · {t.Range(programme.Period)}", Wrap = true, Spacing = Spacing.Small });
            }

            if (programmes.Count > OverviewProgrammes)
            {
                body.Add(Subtle(t.AndMore(programmes.Count - OverviewProgrammes)));
            }
        }

        body.Add(Subheading(t.SignatoriesHeader));
        var signatories = contract.Signatories;
        if (signatories.Count == 0)
        {
            body.Add(Subtle(t.NoSignatories));
        }
        else
        {
            foreach (var signatory in signatories.Take(OverviewSignatories))
            {
                var partner = partnerNames.TryGetValue(signatory.PartnerId, out var name) ? name : "?";
                body.Add(new TextBlock { Text = $"**{partner}** · {signatory.PersonName} ({signatory.Function}) · {t.Date(signatory.SignedOn)}", Wrap = true, Spacing = Spacing.Small });
            }

            if (signatories.Count > OverviewSignatories)
            {
                body.Add(Subtle(t.AndMore(signatories.Count - OverviewSignatories)));
            }
        }

        if (activePartners > 0)
        {
            var active = partners.Active.Select(p => p.Id).ToHashSet();
            body.Add(Subtle(t.SignedCount(signatories.Count(s => active.Contains(s.PartnerId)), activePartners)));
        }

        body.Add(Subheading(t.VersionsHeader));
        var versions = contract.Versions;
        foreach (var version in versions.Reverse().Take(OverviewVersions))
        {
            body.Add(VersionRow(t, version));
        }

        var actions = new List<CardAction>
        {
            new ContractActionData(ContractActionData.Current).Action(ContractVerbs.OpenEdit, t.EditButton),
            new ContractActionData(ContractActionData.Current).Action(ContractVerbs.OpenSign, t.SignButton),
            new ContractActionData(ContractActionData.Current).Action(ContractVerbs.OpenProgramme, t.AddProgrammeButton),
            new ContractActionData(ContractActionData.Current, Page: 1).Action(ContractVerbs.Versions, t.AllVersionsButton),
        };
        if (contract.DocumentUrl is { } document)
        {
            actions.Add(new OpenUrlAction { Title = t.OpenDocument, Url = document });
        }

        return new AdaptiveCard { FallbackText = contract.Title, MsTeams = Wide, Body = body, Actions = actions };
    }

    // Versions

    public static AdaptiveCard VersionList(ContractsTexts t, LocalContract contract, int page)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(contract);
        var versions = contract.Versions.Reverse().ToList();
        var pages = Math.Max(1, (versions.Count + VersionsPerPage - 1) / VersionsPerPage);
        page = Math.Clamp(page, 1, pages);
        var body = new List<CardElement> { Heading(t.VersionsTitle(contract.Title)) };
        foreach (var version in versions.Skip((page - 1) * VersionsPerPage).Take(VersionsPerPage))
        {
            body.Add(VersionRow(t, version));
        }

        if (pages > 1)
        {
            body.Add(Subtle(t.Page(page, pages)));
        }

        var actions = new List<CardAction>();
        if (page > 1)
        {
            actions.Add(new ContractActionData(ContractActionData.Current, Page: page - 1).Action(ContractVerbs.Versions, t.PreviousPage));
        }

        if (page < pages)
        {
            actions.Add(new ContractActionData(ContractActionData.Current, Page: page + 1).Action(ContractVerbs.Versions, t.NextPage));
        }

        actions.Add(new ContractActionData(ContractActionData.Current).Action(ContractVerbs.Show, t.ShowContractButton));
        return new AdaptiveCard { FallbackText = t.VersionsTitle(contract.Title), MsTeams = Wide, Body = body, Actions = actions };
    }

    /// <summary>One version read-only: the fields as they were after it, what it changed and why.</summary>
    public static AdaptiveCard Version(ContractsTexts t, LocalContract contract, int number)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(contract);
        var version = contract.VersionAt(number);
        var latest = contract.CurrentVersion.Number;
        var s = version.Snapshot;
        var body = new List<CardElement>
        {
            Heading(t.VersionTitle(version.Number, s.Title)),
            new TextBlock { Text = t.VersionLine(version.Number, version.Kind, version.Date), IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            new TextBlock
            {
                Text = version.Number == latest ? t.CurrentVersionNote : t.EarlierVersionNote(latest),
                Color = version.Number == latest ? TextColor.Good : TextColor.Warning,
                Wrap = true,
            },
        };
        if (version.Reason.Length > 0)
        {
            body.Add(new FactSet { Facts = [new(t.ReasonLabel, version.Reason)] });
        }

        body.Add(new FactSet
        {
            Facts =
            [
                new(t.FieldName(ContractField.Title), s.Title),
                new(t.FieldName(ContractField.Kind), t.KindName(s.Kind)),
                new(t.FieldName(ContractField.Area), s.Area),
                new(t.FieldName(ContractField.SignedOn), s.SignedOn is { } signed ? t.Date(signed) : t.NotSignedYet),
                new(t.FieldName(ContractField.Horizon), t.Range(s.Horizon)),
                new(t.FieldName(ContractField.ReviewCycle), t.Cycle(s.ReviewCycle)),
                new(t.FieldName(ContractField.DocumentUrl), s.DocumentUrl?.AbsoluteUri ?? t.NotSet),
            ],
        });
        if (s.Principles is { } principles)
        {
            body.Add(Subheading(t.PrinciplesLabel));
            body.Add(new TextBlock { Text = ContractsTexts.Clip(principles, PrinciplesPreview), Wrap = true, Spacing = Spacing.Small });
        }

        if (version.Number > 1)
        {
            body.Add(Subheading(t.ChangesHeader));
            body.Add(ChangesTable(t, version.Changes));
        }

        var actions = new List<CardAction>();
        if (version.Number > 1)
        {
            actions.Add(new ContractActionData(ContractActionData.Current, Number: version.Number - 1).Action(ContractVerbs.ShowVersion, t.PreviousVersion));
        }

        if (version.Number < latest)
        {
            actions.Add(new ContractActionData(ContractActionData.Current, Number: version.Number + 1).Action(ContractVerbs.ShowVersion, t.NextVersion));
        }

        actions.Add(new ContractActionData(ContractActionData.Current, Page: 1).Action(ContractVerbs.Versions, t.AllVersionsButton));
        actions.Add(new ContractActionData(ContractActionData.Current).Action(ContractVerbs.Show, t.ShowContractButton));
        return new AdaptiveCard { FallbackText = t.VersionTitle(version.Number, s.Title), MsTeams = Wide, Body = body, Actions = actions };
    }

    // The edit form

    /// <summary>
    /// The form for a new contract (<paramref name="contract"/> null: version 1) or for its next version. Values come
    /// from <paramref name="state"/> (a refused submit), else from the contract, else from sensible defaults.
    /// </summary>
    public static AdaptiveCard EditForm(ContractsTexts t, LocalContract? contract, FormState state, ContractRules rules, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rules);
        var isNew = contract is null;
        var title = isNew ? t.NewContractTitle : t.EditContractTitle(contract!.CurrentVersion.Number);
        var body = new List<CardElement>
        {
            Heading(title),
            new TextBlock { Text = isNew ? t.NewContractIntro : t.EditContractIntro, Wrap = true, IsSubtle = true, Spacing = Spacing.None },
        };
        AddFormError(body, state, t);

        var start = contract?.HorizonStart ?? new LocalDate(today.Year + 1, 1, 1);
        var end = contract?.HorizonEnd ?? start.Plus(rules.MaximumHorizon).PlusDays(-1);
        body.AddRange(FormFields.Text(state, ContractFieldNames.Title, t.TitleLabel, required: true, requiredMessage: t.TitleRequired,
            maxLength: ContractFields.MaxTitleLength, defaultValue: contract?.Title));
        body.AddRange(FormFields.Choice(state, ContractFieldNames.Kind, t.KindLabel,
            Enum.GetValues<ContractKind>().Select(k => new Choice(Capitalise(t.KindName(k)), k.ToString())), required: true, requiredMessage: t.KindLabel,
            defaultValue: (contract?.Kind ?? ContractKind.Contract).ToString()));
        body.AddRange(FormFields.Text(state, ContractFieldNames.Area, t.AreaLabel, required: true, requiredMessage: t.AreaRequired,
            maxLength: ContractFields.MaxAreaLength, defaultValue: contract?.Area));
        body.AddRange(FormFields.Text(state, ContractFieldNames.HorizonStart, t.HorizonStartLabel, required: true, requiredMessage: t.DateRequired,
            placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(start)));
        body.AddRange(FormFields.Text(state, ContractFieldNames.HorizonEnd, t.HorizonEndLabel, required: true, requiredMessage: t.DateRequired,
            placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(end)));
        body.AddRange(FormFields.Choice(state, ContractFieldNames.ReviewCycle, t.ReviewCycleLabel,
            Enumerable.Range(rules.MinimumReviewCycle.Years, rules.MaximumReviewCycle.Years - rules.MinimumReviewCycle.Years + 1)
                .Select(y => new Choice(Capitalise(t.Cycle(ReviewCycle.FromYears(y))), y.ToString(CultureInfo.InvariantCulture))),
            required: true, requiredMessage: t.ReviewCycleLabel,
            defaultValue: (contract?.ReviewCycle ?? rules.MaximumReviewCycle).Years.ToString(CultureInfo.InvariantCulture)));
        body.AddRange(FormFields.Text(state, ContractFieldNames.SignedOn, t.SignedOnLabel, placeholder: t.DatePlaceholder, maxLength: 40,
            defaultValue: contract?.SignedOn is { } signed ? DutchDates.FormatInput(signed) : null));
        body.AddRange(FormFields.Text(state, ContractFieldNames.Principles, t.PrinciplesLabel, multiline: true,
            maxLength: ContractFields.MaxPrinciplesLength, defaultValue: contract?.Principles));
        body.AddRange(FormFields.Text(state, ContractFieldNames.DocumentUrl, t.DocumentUrlLabel, requiredMessage: t.DocumentUrlMessage,
            placeholder: "https://", maxLength: ContractFields.MaxDocumentUrlLength, regex: @"^\s*(https?://\S+)?\s*$", defaultValue: contract?.DocumentUrl?.AbsoluteUri));

        if (!isNew)
        {
            body.AddRange(FormFields.Choice(state, ContractFieldNames.VersionKind, t.VersionKindLabel,
                new[] { ContractVersionKind.Herzien, ContractVersionKind.Bijgesteld, ContractVersionKind.Aangescherpt }
                    .Select(k => new Choice(Capitalise(t.VersionKindName(k)), k.ToString())),
                required: true, requiredMessage: t.VersionKindRequired, expanded: true));
        }

        body.AddRange(FormFields.Text(state, ContractFieldNames.Reason, t.ReasonLabel, required: !isNew, requiredMessage: t.ReasonRequiredMessage,
            placeholder: t.ReasonPlaceholder, maxLength: ContractVersion.MaxReasonLength, multiline: true));
        body.AddRange(FormFields.Text(state, ContractFieldNames.VersionDate, isNew ? t.AdoptedOnLabel : t.VersionDateLabel, required: true,
            requiredMessage: t.DateRequired, placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(today)));

        var data = new ContractActionData(ContractActionData.Current, BaseVersion: contract?.CurrentVersion.Number ?? 0);
        return new AdaptiveCard
        {
            FallbackText = title,
            MsTeams = Wide,
            Body = body,
            Actions = [data.Action(ContractVerbs.SubmitEdit, isNew ? t.CreateButton : t.SaveButton, ActionStyle.Positive)],
        };
    }

    /// <summary>After a successful edit: the version and what changed.</summary>
    public static AdaptiveCard EditReceipt(ContractsTexts t, LocalContract contract, ContractVersion version)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(version);
        var headline = version.Number == 1 ? t.CreatedReceipt(contract.Title) : t.VersionReceipt(version.Number, version.Kind, version.Date);
        var body = new List<CardElement>
        {
            new TextBlock { Text = headline, Weight = TextWeight.Bolder, Color = TextColor.Good, Wrap = true },
        };
        if (version.Reason.Length > 0)
        {
            body.Add(new FactSet { Facts = [new(t.ReasonLabel, version.Reason)] });
        }

        if (version.Number == 1)
        {
            body.Add(new FactSet
            {
                Facts =
                [
                    new(t.HorizonLabel, t.Range(contract.Horizon)),
                    new(t.ReviewLabel, t.Review(contract.ReviewCycle, contract.NextReviewDate)),
                ],
            });
        }
        else
        {
            body.Add(Subheading(t.ChangesHeader));
            body.Add(ChangesTable(t, version.Changes));
            body.Add(new TextBlock { Text = t.Review(contract.ReviewCycle, contract.NextReviewDate), IsSubtle = true, Wrap = true });
        }

        return new AdaptiveCard
        {
            FallbackText = headline,
            MsTeams = Wide,
            Body = body,
            Actions =
            [
                new ContractActionData(ContractActionData.Current).Action(ContractVerbs.Show, t.ShowContractButton),
                new ContractActionData(ContractActionData.Current, Number: version.Number).Action(ContractVerbs.ShowVersion, t.VersionLine(version.Number, version.Kind, version.Date)),
            ],
        };
    }

    // Signing

    public static AdaptiveCard SignForm(ContractsTexts t, LocalContract contract, IReadOnlyList<PartnerOption> candidates, FormState state, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(state);
        var body = new List<CardElement>
        {
            Heading(t.SignTitle(contract.Title)),
            new TextBlock { Text = t.SignIntro, Wrap = true, IsSubtle = true, Spacing = Spacing.None },
        };
        AddFormError(body, state, t);
        if (candidates.Count <= MaxPartnerChoices)
        {
            body.AddRange(FormFields.Choice(state, ContractFieldNames.Partner, t.PartnerLabel,
                candidates.Select(p => new Choice(p.Name, p.Id.ToString())), required: true, requiredMessage: t.PartnerRequired,
                defaultValue: candidates.Count == 1 ? candidates[0].Id.ToString() : null));
        }
        else
        {
            body.AddRange(FormFields.Text(state, ContractFieldNames.Partner, t.PartnerLabel, required: true, requiredMessage: t.PartnerRequired,
                placeholder: t.PartnerNamePlaceholder, maxLength: 200));
        }

        body.AddRange(FormFields.Text(state, ContractFieldNames.PersonName, t.PersonNameLabel, required: true, requiredMessage: t.PersonNameRequired,
            placeholder: t.PersonNamePlaceholder, maxLength: Signatory.MaxTextLength));
        body.AddRange(FormFields.Text(state, ContractFieldNames.Function, t.FunctionLabel, required: true, requiredMessage: t.FunctionRequired,
            placeholder: t.FunctionPlaceholder, maxLength: Signatory.MaxTextLength));
        body.AddRange(FormFields.Text(state, ContractFieldNames.SignatureDate, t.SignDateLabel, required: true, requiredMessage: t.DateRequired,
            placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(today)));
        return new AdaptiveCard
        {
            FallbackText = t.SignTitle(contract.Title),
            Body = body,
            Actions = [new ContractActionData(ContractActionData.Current).Action(ContractVerbs.SubmitSign, t.RecordSignatureButton, ActionStyle.Positive)],
        };
    }

    public static AdaptiveCard SignReceipt(ContractsTexts t, LocalContract contract, string partnerName, Signatory signatory, int signedCount, int activePartners)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(signatory);
        var headline = t.SignedReceipt(partnerName, signatory.PersonName, signatory.Function, signatory.SignedOn);
        var body = new List<CardElement>
        {
            new TextBlock { Text = headline, Weight = TextWeight.Bolder, Color = TextColor.Good, Wrap = true },
            new TextBlock { Text = contract.Title, IsSubtle = true, Wrap = true, Spacing = Spacing.None },
        };
        if (activePartners > 0)
        {
            body.Add(new TextBlock { Text = t.SignedCount(signedCount, activePartners), Wrap = true });
        }

        return new AdaptiveCard
        {
            FallbackText = headline,
            Body = body,
            Actions =
            [
                new ContractActionData(ContractActionData.Current).Action(ContractVerbs.OpenSign, t.SignButton),
                new ContractActionData(ContractActionData.Current).Action(ContractVerbs.Show, t.ShowContractButton),
            ],
        };
    }

    // Programmes

    public static AdaptiveCard ProgrammeForm(ContractsTexts t, LocalContract contract, FormState state, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(state);
        var last = contract.Programmes.Count > 0 ? contract.Programmes.Max(p => p.End) : (LocalDate?)null;
        var start = last?.PlusDays(1) ?? (contract.HorizonStart > today ? contract.HorizonStart : new LocalDate(today.Year, 1, 1));
        if (start < contract.HorizonStart || start > contract.HorizonEnd)
        {
            start = contract.HorizonStart;
        }

        var end = start.PlusYears(4).PlusDays(-1);
        if (end > contract.HorizonEnd)
        {
            end = contract.HorizonEnd;
        }

        var body = new List<CardElement>
        {
            Heading(t.ProgrammeTitle(contract.Title)),
            new TextBlock { Text = t.ProgrammeIntro(contract.Horizon), Wrap = true, IsSubtle = true, Spacing = Spacing.None },
        };
        AddFormError(body, state, t);
        body.AddRange(FormFields.Text(state, ContractFieldNames.ProgrammeName, t.ProgrammeNameLabel, required: true, requiredMessage: t.ProgrammeNameRequired,
            placeholder: t.ProgrammeNamePlaceholder, maxLength: ImplementationProgramme.MaxNameLength));
        body.AddRange(FormFields.Text(state, ContractFieldNames.ProgrammeStart, t.ProgrammeStartLabel, required: true, requiredMessage: t.DateRequired,
            placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(start)));
        body.AddRange(FormFields.Text(state, ContractFieldNames.ProgrammeEnd, t.ProgrammeEndLabel, required: true, requiredMessage: t.DateRequired,
            placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(end)));
        return new AdaptiveCard
        {
            FallbackText = t.ProgrammeTitle(contract.Title),
            Body = body,
            Actions = [new ContractActionData(ContractActionData.Current).Action(ContractVerbs.SubmitProgramme, t.AddButton, ActionStyle.Positive)],
        };
    }

    public static AdaptiveCard ProgrammeReceipt(ContractsTexts t, LocalContract contract, ProgrammeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(outcome);
        var headline = t.ProgrammeReceipt(outcome.Programme.Name, outcome.Programme.Period);
        var body = new List<CardElement>
        {
            new TextBlock { Text = headline, Weight = TextWeight.Bolder, Color = TextColor.Good, Wrap = true },
            new TextBlock { Text = contract.Title, IsSubtle = true, Wrap = true, Spacing = Spacing.None },
        };
        foreach (var warning in outcome.Warnings)
        {
            body.Add(new TextBlock { Text = t.Warning(warning.Code, warning.Arguments), Color = TextColor.Warning, Wrap = true });
        }

        return new AdaptiveCard
        {
            FallbackText = headline,
            Body = body,
            Actions =
            [
                new ContractActionData(ContractActionData.Current).Action(ContractVerbs.OpenProgramme, t.AddProgrammeButton),
                new ContractActionData(ContractActionData.Current).Action(ContractVerbs.Show, t.ShowContractButton),
            ],
        };
    }

    // Parts

    private static MsTeamsCardProperties Wide => new() { Width = MsTeamsWidth.Full };

    private static TextBlock Heading(string text) =>
        new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };

    private static TextBlock Subheading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium, Separator = true };

    private static TextBlock Subtle(string text) => new() { Text = text, IsSubtle = true, Wrap = true, Spacing = Spacing.Small };

    private static void AddFormError(List<CardElement> body, FormState state, ContractsTexts t)
    {
        if (!state.HasErrors)
        {
            return;
        }

        body.Add(FormFields.ErrorLine(state, FormErrorId)
            ?? new TextBlock { Id = FormErrorId + "-error", Text = t.FixErrors, Color = TextColor.Attention, Wrap = true, Weight = TextWeight.Bolder });
    }

    private static ColumnSet VersionRow(ContractsTexts t, ContractVersion version) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column
            {
                Width = ColumnWidth.Stretch,
                VerticalContentAlignment = VerticalAlignment.Center,
                Items =
                [
                    new TextBlock { Text = t.VersionLine(version.Number, version.Kind, version.Date), Wrap = true },
                    new TextBlock { Text = ContractsTexts.Clip(version.Reason, 140), IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None, IsVisible = version.Reason.Length > 0 ? null : false },
                ],
            },
            new Column
            {
                Width = ColumnWidth.Auto,
                VerticalContentAlignment = VerticalAlignment.Center,
                Items = [new ActionSet { Actions = [new ContractActionData(ContractActionData.Current, Number: version.Number).Action(ContractVerbs.ShowVersion, t.ShowButton)] }],
            },
        ],
    };

    private static Table ChangesTable(ContractsTexts t, IReadOnlyList<FieldChange> changes)
    {
        var rows = new List<TableRow>
        {
            new() { Cells = [Cell(t.FieldHeader, bold: true), Cell(t.WasHeader, bold: true), Cell(t.BecomesHeader, bold: true)] },
        };
        rows.AddRange(changes.Select(c => new TableRow
        {
            Cells = [Cell(t.FieldName(c.Field)), Cell(t.Value(c.Field, c.OldValue)), Cell(t.Value(c.Field, c.NewValue))],
        }));
        return new Table
        {
            FirstRowAsHeader = true,
            ShowGridLines = false,
            Columns = [new TableColumnDefinition { Width = ColumnWidth.Weighted(2) }, new TableColumnDefinition { Width = ColumnWidth.Weighted(4) }, new TableColumnDefinition { Width = ColumnWidth.Weighted(4) }],
            Rows = rows,
        };
    }

    private static TableCell Cell(string text, bool bold = false) =>
        new() { Items = [new TextBlock { Text = text, Wrap = true, Weight = bold ? TextWeight.Bolder : null }] };

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
