using LangGap.Pruning;

namespace LangGap.Tests.Pruning;

public sealed class PruningScoresTests
{
    private static ParallelCorpus Corpus(params (string Source, string Target, string? Noise)[] pairs) =>
        new("test", pairs.Select((p, i) => new ParallelExample($"{i + 1}", p.Source, p.Target, "en", "de", p.Noise)).ToArray());

    [Theory]
    [InlineData(CatAggregation.Variance, 8.0 / 3)]              // mean 4 of 2, 4, 6 → ((4 + 0 + 4) / 3)
    [InlineData(CatAggregation.MeanAbsoluteChange, 2.0)]
    [InlineData(CatAggregation.CoefficientOfVariation, 0.408248290463863)]
    public void Aggregate_KnownSeries_MatchesHandComputedValue(CatAggregation aggregation, double expected)
    {
        Assert.Equal(expected, CatScore.Aggregate([2, 4, 6], aggregation), 12);
    }

    [Fact]
    public void Aggregate_NonFiniteOrTooShort_IsNaN()
    {
        Assert.True(double.IsNaN(CatScore.Aggregate([1, double.PositiveInfinity], CatAggregation.Variance)));
        Assert.True(double.IsNaN(CatScore.Aggregate([3], CatAggregation.MeanAbsoluteChange)));
    }

    [Fact]
    public void Select_KeepHighWithTies_PrefersHigherThenEarlierAndNeverNaN()
    {
        var kept = PruningSelection.Select([1, 3, double.NaN, 3, 2], 0.6, keepHigh: true);

        Assert.Equal([false, true, false, true, true], kept);
    }

    [Fact]
    public void Select_TiesWithTieBreak_GoToLowerTieBreakNotEarlierPair()
    {
        var kept = PruningSelection.Select([1, 1, 1, 1, 0], 0.4, keepHigh: true, tieBreak: [0.9, 0.2, 0.7, 0.1, 0.0]);

        Assert.Equal([false, true, false, true, false], kept);
    }

    [Fact]
    public void Select_KeepLow_KeepsLowest()
    {
        Assert.Equal([true, false, false, false], PruningSelection.Select([1, 3, 4, 2], 0.25, keepHigh: false));
    }

    [Fact]
    public void SelectPerGroup_GroupWithLowScores_StillKeepsItsShare()
    {
        var kept = PruningSelection.SelectPerGroup([9, 8, 7, 6, 0.1, 0.2, 0.3, 0.4], ["de", "de", "de", "de", "hi", "hi", "hi", "hi"], 0.5, keepHigh: true);

        Assert.Equal([true, true, false, false, false, false, true, true], kept);
    }

    [Fact]
    public void Duplicates_NearCopyAndRepeat_ScoreZero()
    {
        var corpus = Corpus(("The cat sleeps.", "Die Katze schläft.", null), ("the cat  sleeps", "Die Katze schläft!", null),
            ("Hello there", "Hello there.", null), ("Good day", "Guten Tag", null));

        Assert.Equal([1.0, 0, 0, 1], BaselineScores.Duplicates(corpus));
    }

    [Fact]
    public void Duplicates_SameSourceIntoTwoTargetLanguages_IsNotADuplicate()
    {
        var corpus = new ParallelCorpus("multi",
        [
            new ParallelExample("1", "The cat sleeps.", "Die Katze schläft.", "en", "de"),
            new ParallelExample("2", "The cat sleeps.", "Paka analala.", "en", "sw"),
            new ParallelExample("3", "the cat sleeps", "Paka amelala.", "en", "sw"),
        ]);

        Assert.Equal([1.0, 1, 0], BaselineScores.Duplicates(corpus));
    }

    [Fact]
    public void LengthRatio_TruncatedTarget_ScoresLowest()
    {
        var corpus = Corpus(("aaaa bbbb cccc", "aaaa bbbb cccc", null), ("aaaa bbbb", "aaaa bbbb", null),
            ("aaaa bbbb cccc dddd eeee", "aa", null), ("aa bb cc", "aa bb cc", null));

        var scores = BaselineScores.LengthRatio(corpus);

        Assert.Equal(2, Array.IndexOf(scores, scores.Min()));
    }

    [Fact]
    public void Lid_WrongLanguageTarget_ScoresBelowCorrectOne()
    {
        var corpus = Corpus(("Everyone has the right to life, liberty and security of person.", "Jeder hat das Recht auf Leben, Freiheit und Sicherheit der Person.", null),
            ("Everyone has the right to life, liberty and security of person.", "Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.", null));

        var scores = BaselineScores.Lid(corpus, LangGap.Identification.LanguageIdentifier.Default);

        Assert.True(scores[0] > 0.5, $"correct pair scored {scores[0]}");
        Assert.True(scores[1] < 0.1, $"French target declared German scored {scores[1]}");
    }

    [Fact]
    public void Summary_MarkedNoise_ReportsPrecisionAndRecall()
    {
        var corpus = Corpus(("a b", "c d", ""), ("e f", "g h", "copy"), ("i j", "k l", "misaligned"), ("m n", "o p", ""));
        var result = new PruningResult(corpus, "test", [], null, [4, 1, 2, 3], [true, false, true, false]);

        var summary = PruningSummary.Of(result);

        Assert.Equal(2, summary.Kept);
        Assert.NotNull(summary.Noise);
        Assert.Equal(0.5, summary.Noise.Precision);
        Assert.Equal(0.5, summary.Noise.Recall);
        Assert.Equal(1.0, summary.Noise.RecallByKind["copy"]);
        Assert.Equal(0.0, summary.Noise.RecallByKind["misaligned"]);
        Assert.Equal(1.0, summary.RareWordShareAll);
    }

    [Fact]
    public async Task Write_ExistingOutput_RefusesAndKeepsIt()
    {
        var corpus = Corpus(("a", "b", null));
        var result = new PruningResult(corpus, "test", [10, 20], [[5.0, 3.0]], [4.0], [true]);
        var directory = Path.Combine(Path.GetTempPath(), $"langgap-prune-{Guid.NewGuid():N}");
        await PrunedCorpusWriter.WriteAsync(directory, result, PruningSummary.Of(result));

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => PrunedCorpusWriter.WriteAsync(directory, result, PruningSummary.Of(result)));

        Assert.Contains("already exists", error.Message);
        Assert.Equal("id\tppl@10\tppl@20\tscore\tkept\n1\t5\t3\t4\t1\n", await File.ReadAllTextAsync(Path.Combine(directory, "scores.tsv")));
        Assert.Single(ParallelCorpusReader.ReadJsonl(Path.Combine(directory, "kept.jsonl")).Examples);
    }
}
