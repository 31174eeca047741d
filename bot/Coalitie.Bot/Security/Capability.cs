namespace Coalitie.Bot.Security;

/// <summary>
/// What a command or card action needs. The matrix of role → permissions is in <see cref="IAuthorizer"/>'s
/// implementation and documented in docs/permissions.md; every command and card action checks one.
/// </summary>
public enum Capability
{
    /// <summary>See the coalition, partners, contract, commitments and status.</summary>
    View,

    /// <summary>Set up a coalition in a team (only when the team has none yet).</summary>
    SetUpCoalition,

    /// <summary>Change the coalition's settings and channels.</summary>
    ManageCoalition,

    /// <summary>Add, change, or end partners; change representatives.</summary>
    ManagePartners,

    /// <summary>Assign and remove roles.</summary>
    AssignRoles,

    /// <summary>Confirm a new representative's mandate (organisatiemandaat).</summary>
    ConfirmMandate,

    /// <summary>Edit the lokaal contract, its programmes and versions.</summary>
    EditContract,

    /// <summary>Record signatories.</summary>
    SignContract,

    /// <summary>Add and change commitments of any partner.</summary>
    ManageCommitments,

    /// <summary>Report progress on a commitment (representatives: only their own partner's).</summary>
    ReportProgress,

    /// <summary>Export the coalition's data (XLSX).</summary>
    Export,

    /// <summary>See the audit history.</summary>
    ViewAudit,

    /// <summary>Erase (pseudonymise) a person who left.</summary>
    ErasePerson,

    /// <summary>Plan, open, remind and close slagvaardigheid check-in rounds; see who was asked; issue burgerpanel links.</summary>
    ManageCheckIns,

    /// <summary>See the results of closed check-in rounds (per factor, trend, weakest factors, signals).</summary>
    ViewCheckInResults,

    /// <summary>Say "we zitten vast": ask the procesregisseur to open a check-in round now (anyone with a role).</summary>
    RaiseStuck,
}
