using Coalitie.Domain.Commitments;
using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Tests.Commitments;

public class GoalAreaListTests
{
    private static readonly Guid Coalition = Guid.NewGuid();

    [Fact]
    public void The_default_is_the_NPRZ_set_core_goals_first_then_the_seven_leefvelden()
    {
        var list = GoalAreaList.Defaults(Coalition, Guid.NewGuid);

        Assert.Equal(
            ["School", "Werk", "Wonen", "Wonen", "Werk en inkomen", "Scholing", "Veiligheid en criminaliteit", "Gezondheid en hulpverlening", "Opvoeding", "Sociaal functioneren"],
            list.All.Select(a => a.Name));
        Assert.Equal(3, list.All.Count(a => a.Kind == GoalAreaKind.CoreGoal));
        Assert.Equal(7, list.All.Count(a => a.Kind == GoalAreaKind.Leefveld));
        Assert.All(list.All, a => Assert.Equal(Coalition, a.CoalitionId));
        Assert.Equal(10, list.All.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void A_local_goal_can_be_added_after_the_defaults_and_a_taken_name_is_refused()
    {
        var list = GoalAreaList.Defaults(Coalition, Guid.NewGuid);

        var local = list.Add(Guid.NewGuid(), "Ondermijning", GoalAreaKind.Local);
        var error = Assert.Throws<DomainException>(() => list.Add(Guid.NewGuid(), "  scholing ", GoalAreaKind.Leefveld));

        Assert.Equal(list.All[^1], local);
        Assert.True(local.Order > list.All.Where(a => a.Kind == GoalAreaKind.Leefveld).Max(a => a.Order));
        Assert.Equal(CommitmentErrors.GoalAreaNameTaken, error.Code);
        Assert.Equal(CommitmentErrors.GoalAreaNameRequired, Assert.Throws<DomainException>(() => list.Add(Guid.NewGuid(), " ", GoalAreaKind.Local)).Code);
    }

    [Fact]
    public void Rename_keeps_the_id_and_refuses_taken_or_unchanged_names()
    {
        var list = GoalAreaList.Defaults(Coalition, Guid.NewGuid);
        var school = list.All[0];

        list.Rename(school.Id, "Onderwijs");

        Assert.Equal("Onderwijs", list.Get(school.Id).Name);
        Assert.Equal(CommitmentErrors.GoalAreaNameTaken, Assert.Throws<DomainException>(() => list.Rename(school.Id, "Werk")).Code);
        Assert.Equal(CommitmentErrors.GoalAreaNameUnchanged, Assert.Throws<DomainException>(() => list.Rename(school.Id, "Onderwijs")).Code);
        Assert.Equal(CommitmentErrors.GoalAreaUnknown, Assert.Throws<DomainException>(() => list.Rename(Guid.NewGuid(), "X")).Code);
    }

    [Fact]
    public void A_retired_area_stays_readable_but_is_no_longer_in_use_and_cannot_change()
    {
        var list = GoalAreaList.Defaults(Coalition, Guid.NewGuid);
        var opvoeding = list.All.Single(a => a.Name == "Opvoeding");

        list.Retire(opvoeding.Id, new LocalDate(2027, 1, 1));

        Assert.Equal(10, list.All.Count);
        Assert.Equal(new LocalDate(2027, 1, 1), list.Get(opvoeding.Id).RetiredOn);
        Assert.DoesNotContain(list.InUse, a => a.Id == opvoeding.Id);
        Assert.Equal(CommitmentErrors.GoalAreaRetired, Assert.Throws<DomainException>(() => list.Retire(opvoeding.Id, new LocalDate(2027, 2, 1))).Code);
        Assert.Equal(CommitmentErrors.GoalAreaRetired, Assert.Throws<DomainException>(() => list.Rename(opvoeding.Id, "Gezin")).Code);

        // Its name is free again for a new area of the same kind.
        Assert.Equal("Opvoeding", list.Add(Guid.NewGuid(), "Opvoeding", GoalAreaKind.Leefveld).Name);
    }
}
