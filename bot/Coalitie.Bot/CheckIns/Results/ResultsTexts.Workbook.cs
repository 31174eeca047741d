using Coalitie.Domain.CheckIns.Results;

namespace Coalitie.Bot.CheckIns.Results;

/// <summary>The sheet names, headers and row labels of the results workbook (<see cref="ResultsWorkbook"/>).</summary>
public abstract partial class ResultsTexts
{
    public abstract string SheetResults { get; }

    public abstract string SheetDomains { get; }

    public abstract string SheetPartners { get; }

    public abstract string SheetRound { get; }

    public abstract string SheetComments { get; }

    public abstract string ColumnLetter { get; }

    public abstract string ColumnAnswers { get; }

    public abstract string ColumnDontKnow { get; }

    public abstract string ColumnMean { get; }

    public abstract string ColumnMedian { get; }

    public abstract string ColumnDifference { get; }

    public abstract string ColumnTrend { get; }

    public abstract string ColumnSignal { get; }

    public abstract string ColumnDomain { get; }

    public abstract string ColumnPartner { get; }

    public abstract string ColumnRespondents { get; }

    public abstract string ColumnItem { get; }

    public abstract string ColumnValue { get; }

    public abstract string ColumnComment { get; }

    /// <summary>The "factor" of an overall comment.</summary>
    public abstract string General { get; }

    /// <summary>The cell of a suppressed group figure.</summary>
    public abstract string HiddenCell { get; }

    public abstract string None { get; }

    public abstract string SignalKind(StuckSignalKind kind);

    public abstract string RowName { get; }

    public abstract string RowOpened { get; }

    public abstract string RowClosed { get; }

    public abstract string RowInvited { get; }

    public abstract string RowResponded { get; }

    public abstract string RowResponseRate { get; }

    public abstract string RowScale { get; }

    public abstract string RowVisibility { get; }

    public abstract string RowMinimumGroupSize { get; }

    public abstract string RowFormality { get; }

    public abstract string RowSize { get; }

    public abstract string RowSubNetwork { get; }

    public abstract string RowPreviousRound { get; }

    public abstract string RowWeakBelow { get; }

    public abstract string RowDrop { get; }

    public abstract string RowHiddenDomains { get; }

    public abstract string RowHiddenPartners { get; }

    public abstract string RowComments { get; }

    /// <summary>What the workbook does with comments, for the "Ronde" sheet.</summary>
    public abstract string CommentsPolicyText(CommentsPolicy policy);
}
