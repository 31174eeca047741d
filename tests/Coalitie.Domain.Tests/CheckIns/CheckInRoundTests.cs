using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using NodaTime;
using static Coalitie.Domain.Tests.CheckIns.CheckInSamples;

namespace Coalitie.Domain.Tests.CheckIns;

public class CheckInRoundTests
{
    [Fact]
    public void A_round_goes_from_planned_to_open_to_closed()
    {
        var round = CheckInRound.Create(Guid.NewGuid(), CoalitionId, Plan(), RoundTrigger.PartnershipStart, Utc(2027, 1, 11, 8));
        Assert.Equal(RoundStatus.Planned, round.Status);

        round.Open(OpensAt);
        Assert.Equal(RoundStatus.Open, round.Status);
        Assert.Equal(OpensAt, round.OpenedAt);
        Assert.Equal(Utc(2027, 1, 22, 9), round.ClosesAt);
        Assert.False(round.IsDueToClose(Utc(2027, 1, 22, 8, 59)));
        Assert.True(round.IsDueToClose(Utc(2027, 1, 22, 9)));

        round.Close(Utc(2027, 1, 22, 9));
        Assert.Equal(RoundStatus.Closed, round.Status);
        Assert.Equal(Utc(2027, 1, 22, 9), round.ClosedAt);
        Assert.Equal(TriggerReason.PartnershipStart, round.Trigger.Reason);
        Assert.Equal(CoalitionFormality.Voluntary, round.Plan.Coalition.Formality);
        Assert.Equal(6, round.Plan.Coalition.PartnerCount);
    }

    [Fact]
    public void Illegal_transitions_throw_with_a_code()
    {
        var round = CheckInRound.Create(Guid.NewGuid(), CoalitionId, Plan(), RoundTrigger.Scheduled, OpensAt);

        Assert.Equal(CheckInErrors.TransitionInvalid, Assert.Throws<DomainException>(() => round.Close(OpensAt)).Code);
        round.Open(OpensAt);
        Assert.Equal(CheckInErrors.TransitionInvalid, Assert.Throws<DomainException>(() => round.Open(OpensAt)).Code);
        round.Close(OpensAt + Duration.FromDays(1));
        var ex = Assert.Throws<DomainException>(() => round.Close(OpensAt + Duration.FromDays(2)));
        Assert.Equal(CheckInErrors.TransitionInvalid, ex.Code);
        Assert.Equal([RoundStatus.Closed, RoundStatus.Closed], ex.Arguments);
    }

    [Fact]
    public void A_stuck_trigger_keeps_the_members_reason_and_needs_one()
    {
        var trigger = RoundTrigger.Stuck(Sander, "  We komen niet verder met de informatie-uitwisseling. ");

        Assert.Equal(TriggerReason.Stuck, trigger.Reason);
        Assert.Equal(Sander, trigger.RaisedBy);
        Assert.Equal("We komen niet verder met de informatie-uitwisseling.", trigger.StuckReason);
        Assert.Equal(CheckInErrors.StuckReasonRequired, Assert.Throws<DomainException>(() => RoundTrigger.Stuck(Sander, " ")).Code);
    }

    [Fact]
    public void The_first_submit_is_recorded_as_version_1()
    {
        var round = OpenRound(out var request);

        var result = round.Submit(request, Answers(4, "Goede sfeer", ('g', new FactorAnswer(FactorScore.DontKnow, " lastig "))), OpensAt + Duration.FromHours(2));

        Assert.Equal(SubmitOutcome.Recorded, result.Outcome);
        Assert.Null(result.Previous);
        Assert.Equal(1, result.Current.Version);
        Assert.Equal(9, result.Current.Factors.Count);
        Assert.True(result.Current.Factors['g'].Score.IsDontKnow);
        Assert.Equal("lastig", result.Current.Factors['g'].Comment);
        Assert.Equal("Goede sfeer", result.Current.OverallComment);
        Assert.Same(result.Current, round.Requests.Single().Answer);
        Assert.Empty(round.Unanswered());
    }

    [Fact]
    public void The_same_answer_again_changes_nothing()
    {
        var round = OpenRound(out var request);
        var first = round.Submit(request, Answers(3, "ok"), OpensAt + Duration.FromHours(1));

        var again = round.Submit(request, Answers(3, " ok "), OpensAt + Duration.FromHours(2));

        Assert.Equal(SubmitOutcome.Unchanged, again.Outcome);
        Assert.Same(first.Current, again.Current);
        Assert.Null(again.Previous);
        Assert.Equal(OpensAt + Duration.FromHours(1), round.Requests.Single().Answer!.AnsweredAt);
        Assert.Equal(1, round.Requests.Single().Answer!.Version);
    }

    [Fact]
    public void A_changed_answer_while_open_replaces_the_old_one_and_returns_it()
    {
        var round = OpenRound(out var request);
        round.Submit(request, Answers(3), OpensAt + Duration.FromHours(1));

        var edit = round.Submit(request, Answers(3, null, ('b', new FactorAnswer(FactorScore.Of(5), "Heldere doelen"))), OpensAt + Duration.FromDays(2));

        Assert.Equal(SubmitOutcome.Replaced, edit.Outcome);
        Assert.Equal(3, edit.Previous!.Factors['b'].Score.Value);
        Assert.Equal(1, edit.Previous.Version);
        Assert.Equal(5, edit.Current.Factors['b'].Score.Value);
        Assert.Equal(2, edit.Current.Version);
        Assert.Equal(OpensAt + Duration.FromDays(2), edit.Current.AnsweredAt);
        Assert.Same(edit.Current, round.Requests.Single().Answer);
    }

    [Fact]
    public void A_submit_after_closing_is_refused()
    {
        var round = OpenRound(out var request);
        round.Submit(request, Answers(3), OpensAt + Duration.FromHours(1));
        round.Close(Utc(2027, 1, 22, 9));

        var ex = Assert.Throws<DomainException>(() => round.Submit(request, Answers(5), Utc(2027, 1, 22, 10)));

        Assert.Equal(CheckInErrors.Closed, ex.Code);
        Assert.Equal(3, round.Requests.Single().Answer!.Factors['a'].Score.Value);
    }

    [Fact]
    public void A_submit_at_the_closing_moment_is_refused_even_before_the_round_is_closed()
    {
        var round = OpenRound(out var request);

        var ex = Assert.Throws<DomainException>(() => round.Submit(request, Answers(4), Utc(2027, 1, 22, 9)));

        Assert.Equal(CheckInErrors.Closed, ex.Code);
        Assert.Null(round.Requests.Single().Answer);
        Assert.Equal(SubmitOutcome.Recorded, round.Submit(request, Answers(4), Utc(2027, 1, 22, 8, 59)).Outcome);
    }

    [Fact]
    public void A_submit_before_opening_is_refused()
    {
        var round = CheckInRound.Create(Guid.NewGuid(), CoalitionId, Plan(), RoundTrigger.Scheduled, OpensAt);
        var request = Guid.NewGuid();
        round.AddRequest(request, RespondentKey.Person(Sander), Woonpartners, PartnerDomain.Wonen, OpensAt);

        Assert.Equal(CheckInErrors.NotOpen, Assert.Throws<DomainException>(() => round.Submit(request, Answers(4), OpensAt)).Code);
    }

    [Fact]
    public void All_nine_factors_are_required()
    {
        var round = OpenRound(out var request);
        var factors = SlagvaardigheidFactors.Keys.Where(k => k != 'h').ToDictionary(k => k, _ => new FactorAnswer(FactorScore.Of(2)));

        var ex = Assert.Throws<DomainException>(() => round.Submit(request, new CheckInSubmission(factors), OpensAt));

        Assert.Equal(CheckInErrors.FactorMissing, ex.Code);
        Assert.Equal("factor-h", ex.Field);
        Assert.Null(round.Requests.Single().Answer);
    }

    [Fact]
    public void Scores_are_checked_against_the_rounds_scale()
    {
        var round = OpenRound(out var request);

        var ex = Assert.Throws<DomainException>(() => round.Submit(request, Answers(4, null, ('e', new FactorAnswer(FactorScore.Of(7)))), OpensAt));

        Assert.Equal(CheckInErrors.ScoreOutOfRange, ex.Code);
        Assert.Equal("factor-e", ex.Field);
        Assert.Equal(['e', 7, 1, 5], ex.Arguments);
    }

    [Fact]
    public void Unknown_factors_long_comments_and_unknown_requests_are_refused()
    {
        var round = OpenRound(out var request);
        var extra = SlagvaardigheidFactors.Keys.Append('j').ToDictionary(k => k, _ => new FactorAnswer(FactorScore.Of(2)));

        Assert.Equal(CheckInErrors.FactorUnknown, Assert.Throws<DomainException>(() => round.Submit(request, new CheckInSubmission(extra), OpensAt)).Code);
        var tooLong = Assert.Throws<DomainException>(() => round.Submit(request, Answers(2, new string('x', CheckInAnswer.MaxCommentLength + 1)), OpensAt));
        Assert.Equal(CheckInErrors.CommentTooLong, tooLong.Code);
        Assert.Equal("comment", tooLong.Field);
        Assert.Equal(CheckInErrors.RequestUnknown, Assert.Throws<DomainException>(() => round.Submit(Guid.NewGuid(), Answers(2), OpensAt)).Code);
    }

    [Fact]
    public void Burgerpanel_requests_need_the_link_and_each_respondent_gets_one_request()
    {
        var round = OpenRound(out _);
        var link = RespondentKey.BurgerpanelLink(Guid.NewGuid());

        var request = round.AddRequest(Guid.NewGuid(), link, null, PartnerDomain.Bewoners, OpensAt);

        Assert.Equal(RespondentKind.BurgerpanelLink, request.Respondent.Kind);
        Assert.Equal(CheckInErrors.RequestDuplicate, Assert.Throws<DomainException>(() => round.AddRequest(Guid.NewGuid(), link, null, PartnerDomain.Bewoners, OpensAt)).Code);

        var noLink = CheckInRound.Create(Guid.NewGuid(), CoalitionId, Plan(RoundAudience.AllRepresentatives()), RoundTrigger.Scheduled, OpensAt);
        Assert.Equal(CheckInErrors.BurgerpanelLinkOff, Assert.Throws<DomainException>(() => noLink.AddRequest(Guid.NewGuid(), link, null, PartnerDomain.Bewoners, OpensAt)).Code);
    }

    [Fact]
    public void No_requests_are_added_after_closing()
    {
        var round = OpenRound(out _);
        round.Close(OpensAt + Duration.FromDays(1));

        var ex = Assert.Throws<DomainException>(() => round.AddRequestsFor(Candidates(), Guid.NewGuid, OpensAt + Duration.FromDays(2)));

        Assert.Equal(CheckInErrors.Closed, ex.Code);
        Assert.Single(round.Requests);
    }
}
