using System.Globalization;
using Coalitie.Bot.Cards;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Documents;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Hosting;
using Coalitie.Teams.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.Privacy;

public static class PrivacyVerbs
{
    public const string EraseConfirm = "privacy.erase.confirm";
    public const string EraseCancel = "privacy.erase.cancel";
}

/// <summary>The data of the erase confirmation buttons.</summary>
public sealed record EraseData(int V, Guid PersonId);

/// <summary><c>mijn gegevens</c> / <c>my data</c>: everything stored about the sender, behind a signed link.</summary>
internal sealed class MyDataCommand(PersonalDataExport export, IDocumentStore store, SignedLinks links, IClock clock, IHttpContextAccessor http) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = PrivacyTexts.For(context.Texts.Language);
        var user = context.Turn.Activity.From ?? new Teams.Schema.ChannelAccount();
        var (json, items) = await export.BuildAsync(user, cancellationToken).ConfigureAwait(false);
        var date = LocalDatePattern.Iso.Format(clock.GetCurrentInstant().InUtc().Date);
        var document = await store.SaveAsync($"mijn-gegevens-{date}.json", "application/json", json, null, null, cancellationToken).ConfigureAwait(false);
        var link = await links.CreateAsync(Documents.RequestBaseUrl.Of(http), document.Id, cancellationToken).ConfigureAwait(false);
        await context.Turn.SendAttachmentAsync(PrivacyCards.Download(texts, texts.MyDataReady(items), link).ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>persoon wissen NAAM</c> / <c>erase person NAME</c>: asks the procesregisseur to confirm.</summary>
internal sealed class ErasePersonCommand(CoalitionGate gate, CoalitieDbContext db) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = PrivacyTexts.For(context.Texts.Language);
        var gateResult = await gate.EnterAsync(context.Turn, Capability.ErasePerson, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            await context.Turn.SendTextAsync(gateResult.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrWhiteSpace(context.Arguments))
        {
            await context.Turn.SendTextAsync(texts.EraseUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var people = await db.Set<Person>().AsNoTracking().Where(p => p.CoalitionId == gateResult.Scope!.CoalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var wanted = CommandCatalog.Normalize(context.Arguments);
        var match = people.FirstOrDefault(p => CommandCatalog.Normalize(p.DisplayName) == wanted)
            ?? (people.Count(p => CommandCatalog.Normalize(p.DisplayName).StartsWith(wanted, StringComparison.Ordinal)) == 1
                ? people.First(p => CommandCatalog.Normalize(p.DisplayName).StartsWith(wanted, StringComparison.Ordinal))
                : null);
        if (match is null)
        {
            var suggestions = people.Where(p => p.ErasedAt is null)
                .Select(p => (p.DisplayName, Distance: CommandCatalog.Distance(wanted, CommandCatalog.Normalize(p.DisplayName))))
                .Where(x => x.Distance <= Math.Max(2, wanted.Length / 3))
                .OrderBy(x => x.Distance).Take(3).Select(x => x.DisplayName).ToList();
            await context.Turn.SendTextAsync(texts.EraseUnknown(MessageHandler.Echo(context.Arguments), suggestions), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (match.ErasedAt is not null)
        {
            await context.Turn.SendTextAsync(texts.EraseAlready(match.DisplayName), cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Turn.SendAttachmentAsync(PrivacyCards.ConfirmErase(texts, match).ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The "Wissen" button: checks the capability again and erases.</summary>
internal sealed class EraseConfirmAction(CoalitionGate gate, PersonEraser eraser, CoalitieDbContext db, UserLanguage languages) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = PrivacyTexts.For((await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false)).Language);
        var gateResult = await gate.EnterAsync(turn, Capability.ErasePerson, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            return InvokeResponse.Message(gateResult.Refusal!);
        }

        if (action.GetString("personId") is not { } raw || !Guid.TryParse(raw, out var personId))
        {
            return InvokeResponse.Error(400, "BadRequest", texts.EraseCancelled);
        }

        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.CoalitionId == gateResult.Scope!.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return InvokeResponse.Card(PrivacyCards.Receipt(texts.EraseCancelled).ToJsonElement());
        }

        if (person.ErasedAt is not null)
        {
            return InvokeResponse.Card(PrivacyCards.Receipt(texts.EraseAlready(person.DisplayName)).ToJsonElement());
        }

        var pseudonym = await eraser.EraseAsync(gateResult.Scope!, personId, texts, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(PrivacyCards.Receipt(texts.Erased(pseudonym)).ToJsonElement());
    }
}

/// <summary>The "Annuleren" button.</summary>
internal sealed class EraseCancelAction(UserLanguage languages) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = PrivacyTexts.For((await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false)).Language);
        return InvokeResponse.Card(PrivacyCards.Receipt(texts.EraseCancelled).ToJsonElement());
    }
}

public static class PrivacyCards
{
    public static AdaptiveCard Download(PrivacyTexts texts, string intro, Uri link)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new AdaptiveCard
        {
            FallbackText = intro + " " + link,
            Body =
            [
                new TextBlock { Text = intro, Wrap = true },
                new TextBlock { Text = texts.LinkValidity, Wrap = true, IsSubtle = true, Size = TextSize.Small },
            ],
            Actions = [new OpenUrlAction { Title = texts.DownloadButton, Url = link }],
        };
    }

    public static AdaptiveCard ConfirmErase(PrivacyTexts texts, Person person)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(person);
        var data = new EraseData(1, person.Id);
        return new AdaptiveCard
        {
            FallbackText = texts.EraseConfirmTitle,
            Body =
            [
                new TextBlock { Text = texts.EraseConfirmTitle, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
                new TextBlock { Text = texts.EraseConfirmBody(person.DisplayName), Wrap = true },
            ],
            Actions =
            [
                new ExecuteAction
                {
                    Title = texts.EraseButton,
                    Verb = PrivacyVerbs.EraseConfirm,
                    Style = ActionStyle.Destructive,
                    Data = data,
                    Fallback = new SubmitAction { Title = texts.EraseButton, Data = new { Verb = PrivacyVerbs.EraseConfirm, V = 1, PersonId = person.Id } },
                },
                new ExecuteAction
                {
                    Title = texts.CancelButton,
                    Verb = PrivacyVerbs.EraseCancel,
                    Data = VersionedData.V1,
                    Fallback = new SubmitAction { Title = texts.CancelButton, Data = new { Verb = PrivacyVerbs.EraseCancel, V = 1 } },
                },
            ],
        };
    }

    public static AdaptiveCard Receipt(string text) => new()
    {
        FallbackText = text,
        Body = [new TextBlock { Text = text, Wrap = true }],
    };

    public static IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var nl = PrivacyTexts.For(Language.Nl);
        var person = Person.Create(Guid.Parse("6f1d3c2a-0000-4000-8000-000000000021"), Guid.Parse("6f1d3c2a-0000-4000-8000-000000000001"), "user-id-1", null, "Sander de Vries");
        var link = new Uri("http://127.0.0.1:3978/documents/3b0c5d8e9f1a4b2c8d7e6f5a4b3c2d1e?e=1795000000&s=voorbeeld");
        yield return ("privacy-my-data.nl", Download(nl, nl.MyDataReady(14), link));
        yield return ("privacy-erase-confirm.nl", ConfirmErase(nl, person));
        yield return ("privacy-erase-done.nl", Receipt(nl.Erased(nl.Pseudonym(1))));
        var en = PrivacyTexts.For(Language.En);
        yield return ("privacy-erase-confirm.en", ConfirmErase(en, person));
    }

}

public static class PrivacyExtensions
{
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PersonalDataExport>();
        builder.Services.AddScoped<PersonEraser>();
        builder.Services.AddCommand<MyDataCommand>("my-data", ["mijn gegevens"], ["my data"], t => PrivacyTexts.For(t.Language).MyDataDescription);
        builder.Services.AddCommand<ErasePersonCommand>("erase-person", ["persoon wissen"], ["erase person"], t => PrivacyTexts.For(t.Language).EraseDescription);
        builder.AddBotRoutes(routes => routes
            .OnCardAction<EraseConfirmAction>(PrivacyVerbs.EraseConfirm)
            .OnCardAction<EraseCancelAction>(PrivacyVerbs.EraseCancel));
        return builder;
    }
}
