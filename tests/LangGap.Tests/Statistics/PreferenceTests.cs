using LangGap.Statistics.Preference;

namespace LangGap.Tests.Statistics;

public class PreferenceTests
{
    [Fact]
    public void WinRates_TiesKeptApart_SumToHundred()
    {
        var verdicts = Enumerable.Repeat(Verdict.A, 50).Concat(Enumerable.Repeat(Verdict.B, 30)).Concat(Enumerable.Repeat(Verdict.Tie, 20)).ToArray();

        var result = WinRates.Compute(verdicts, resamples: 2000);

        Assert.Equal(50, result.WinRateA, 12);
        Assert.Equal(30, result.WinRateB, 12);
        Assert.Equal(20, result.TieRate, 12);
        Assert.Equal(20, result.Delta, 12);
        Assert.InRange(20, result.Lower, result.Upper);
        Assert.True(result.PValue < 0.05);
    }

    [Fact]
    public void WinRates_Prompts_ResampleByPrompt()
    {
        var verdicts = Enumerable.Repeat(new[] { Verdict.A, Verdict.B, Verdict.Tie, Verdict.A, Verdict.A }, 40).SelectMany(v => v).ToArray();
        var prompts = Enumerable.Range(0, 40).SelectMany(i => Enumerable.Repeat($"p{i}", 5)).ToArray();

        var result = WinRates.Compute(verdicts, prompts, 1000);

        Assert.Equal(40, result.Prompts);
        Assert.Equal(200, result.Judgements);
    }

    [Fact]
    public void BradleyTerry_ConsistentOrder_RatesStrongestFirst()
    {
        var comparisons = new List<PairwiseComparison>();
        void Add(string winner, string loser, int wins, int losses)
        {
            comparisons.AddRange(Enumerable.Repeat(new PairwiseComparison(winner, loser, Verdict.A), wins));
            comparisons.AddRange(Enumerable.Repeat(new PairwiseComparison(winner, loser, Verdict.B), losses));
        }
        Add("strong", "middle", 30, 10);
        Add("middle", "weak", 30, 10);
        Add("strong", "weak", 36, 4);

        var ratings = BradleyTerry.Fit(comparisons, resamples: 200);

        Assert.Equal(["strong", "middle", "weak"], ratings.Select(r => r.Model));
        Assert.Equal(1000, ratings.Average(r => r.Rating), 6);
        Assert.All(ratings, r => Assert.InRange(r.Rating, r.Lower, r.Upper));
    }

    [Fact]
    public void BradleyTerry_AllTies_EqualRatings()
    {
        var comparisons = Enumerable.Repeat(new PairwiseComparison("x", "y", Verdict.Tie), 10).ToArray();

        var ratings = BradleyTerry.Fit(comparisons, resamples: 50);

        Assert.Equal(ratings[0].Rating, ratings[1].Rating, 9);
    }
}
