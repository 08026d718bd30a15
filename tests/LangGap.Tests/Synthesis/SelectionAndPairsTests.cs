using LangGap.Synthesis.Pairs;
using LangGap.Synthesis.Selection;
using static LangGap.Tests.Synthesis.SynthesisFixtures;

namespace LangGap.Tests.Synthesis;

public sealed class SelectionAndPairsTests
{
    private static readonly AttributeObjective LengthMax = AttributeObjective.Parse("length:max", Resolver());

    [Fact]
    public void Select_BestByObjective_ChosenIsLongestAndUnscoredNeverChosen()
    {
        var set = Set("p", Candidate(0, "a", 10), Candidate(1, "b", null), Candidate(2, "c", 30), Candidate(3, "d", 20));

        var selection = new BestOfKSelector(LengthMax, 0).Select(set)!;

        Assert.Equal(2, selection.Chosen);
        Assert.InRange(selection.Random, 0, 3);
    }

    [Fact]
    public void Select_Ties_BrokenBySeedDeterministically()
    {
        var sets = Enumerable.Range(0, 20).Select(i => Set($"p{i}", Candidate(0, "a", 5), Candidate(1, "b", 5), Candidate(2, "c", 5))).ToList();

        var seed0 = sets.Select(s => new BestOfKSelector(LengthMax, 0).Select(s)!.Chosen).ToList();
        var again = sets.Select(s => new BestOfKSelector(LengthMax, 0).Select(s)!.Chosen).ToList();
        var seed1 = sets.Select(s => new BestOfKSelector(LengthMax, 1).Select(s)!.Chosen).ToList();

        Assert.Equal(seed0, again);
        Assert.NotEqual(seed0, seed1);
        Assert.True(seed0.Distinct().Count() > 1, "ties always went to the same index");
    }

    [Fact]
    public void Select_NoScoredCandidate_Null()
    {
        var set = Set("p", Candidate(0, "a", null), Candidate(1, "b", null));

        Assert.Null(new BestOfKSelector(LengthMax, 0).Select(set));
    }

    [Fact]
    public void Build_BestAndWorst_ChosenLongestRejectedShortest()
    {
        var set = Set("p", Candidate(0, "mid", 20), Candidate(1, "long", 30), Candidate(2, "short", 10));

        var (pair, skip) = new PairBuilder(LengthMax, 0, 0).Build(set);

        Assert.Null(skip);
        Assert.Equal("long", pair!.Chosen.Text);
        Assert.Equal("short", pair.Rejected.Text);
        Assert.Equal(20, pair.Margin);
    }

    [Theory]
    [InlineData(25.0, PairSkip.BelowMargin)]
    [InlineData(20.0, null)]
    public void Build_Margin_KeepsOnlyPairsFarEnoughApart(double margin, PairSkip? expected)
    {
        var set = Set("p", Candidate(0, "a", 30), Candidate(1, "b", 10));

        var (_, skip) = new PairBuilder(LengthMax, margin, 0).Build(set);

        Assert.Equal(expected, skip);
    }

    [Fact]
    public void Build_AllTiedOrOneScored_SkippedWithReason()
    {
        var builder = new PairBuilder(LengthMax, 0, 0);

        Assert.Equal(PairSkip.AllTied, builder.Build(Set("p", Candidate(0, "a", 5), Candidate(1, "b", 5))).Skip);
        Assert.Equal(PairSkip.TooFewScored, builder.Build(Set("p", Candidate(0, "a", 5), Candidate(1, "b", null))).Skip);
    }

    [Fact]
    public void Profile_SelectedAlwaysLonger_PositiveDifferenceAndCorrectedPNotBelowRaw()
    {
        var objective = AttributeObjective.Parse("length:max,words:max", Resolver());
        var selections = Enumerable.Range(0, 30)
            .Select(i => new BestOfKSelector(objective, 0).Select(Set($"p{i}", Candidate(0, "a", 10 + i % 3, 2), Candidate(1, "b", 40 + i % 5, 2)))!)
            .ToList();

        var profile = SelectionProfile.Build(selections, objective, LangGap.Statistics.PValueCorrection.Holm, 2000, 1);

        var length = Assert.Single(profile.Rows, r => r.Attribute == "length");
        Assert.Equal(30, length.Pairs);
        Assert.True(length.Difference > 0);
        Assert.Equal(length.Selected - length.Random, length.Difference, 9);
        Assert.True(length.AdjustedPValue >= length.PValue);
        var words = Assert.Single(profile.Rows, r => r.Attribute == "words");
        Assert.Equal(0, words.Difference);
    }
}
