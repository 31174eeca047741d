using System.Diagnostics.CodeAnalysis;

// The fixed "type" members are instance properties so that System.Text.Json writes them; a static member is not serialised.
[assembly: SuppressMessage("Performance", "CA1822:Mark members as static", Scope = "member", Target = "~P:Coalitie.Teams.Cards.AdaptiveCard.Type", Justification = "Serialised JSON member of a DTO.")]
[assembly: SuppressMessage("Performance", "CA1822:Mark members as static", Scope = "member", Target = "~P:Coalitie.Teams.Cards.CardMention.Type", Justification = "Serialised JSON member of a DTO.")]
[assembly: SuppressMessage("Performance", "CA1822:Mark members as static", Scope = "member", Target = "~P:Coalitie.Teams.Cards.TextRun.Type", Justification = "Serialised JSON member of a DTO.")]
[assembly: SuppressMessage("Performance", "CA1822:Mark members as static", Scope = "member", Target = "~P:Coalitie.Teams.Cards.Column.Type", Justification = "Serialised JSON member of a DTO.")]
[assembly: SuppressMessage("Performance", "CA1822:Mark members as static", Scope = "member", Target = "~P:Coalitie.Teams.Cards.TableRow.Type", Justification = "Serialised JSON member of a DTO.")]
[assembly: SuppressMessage("Performance", "CA1822:Mark members as static", Scope = "member", Target = "~P:Coalitie.Teams.Cards.TableCell.Type", Justification = "Serialised JSON member of a DTO.")]
