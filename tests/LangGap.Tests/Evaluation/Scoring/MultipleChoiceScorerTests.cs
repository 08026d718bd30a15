using LangGap.Evaluation;
using LangGap.Languages;
using LangGap.Evaluation.Scoring;

namespace LangGap.Tests.Evaluation.Scoring;

public sealed class MultipleChoiceScorerTests
{
    // Options of 3, 6 and 2 characters (3, 6 and 6 UTF-8 bytes) with log-likelihoods -6, -9 and -4:
    // acc ranks -6, -9, -4 -> option 2; acc_norm ranks -6/3 = -2, -9/6 = -1.5, -4/2 = -2 -> option 1;
    // acc_bytes ranks -6/3 = -2, -9/6 = -1.5, -4/6 = -0.667 -> option 2. Gold is option 1.
    private static readonly Sample Item = Sample.FromPrompt("m1", LanguageTag.Parse("en"), "Pick:") with
    {
        Choices = [new Choice("yes"), new Choice("no way"), new Choice("日本")],
        Gold = 1,
    };

    private static readonly string Output = new ChoiceLogLikelihoods([-6, -9, -4], [2, 3, 2]).ToJson();

    [Theory]
    [InlineData("acc", 0, 2)]
    [InlineData("acc_norm", 1, 1)]
    [InlineData("acc_bytes", 0, 2)]
    public async Task ScoreAsync_HandComputedItem_RanksAsLmEvaluationHarness(string name, double expected, int chosen)
    {
        var scorer = MultipleChoiceScorer.Named(name)!;

        var score = await scorer.ScoreAsync(new ScoringInput(Item, "m", Output), default);

        Assert.Equal(expected, score.Value);
        Assert.Equal(chosen, ((MultipleChoiceDetails)score.Details!).Chosen);
        Assert.Equal(name, scorer.Name);
        Assert.Equal(ScoreKind.Binary, scorer.Descriptor.Kind);
    }

    [Fact]
    public async Task ScoreAsync_Tie_FirstOptionWins()
    {
        var score = await new MultipleChoiceScorer().ScoreAsync(
            new ScoringInput(Item with { Gold = 0 }, "m", new ChoiceLogLikelihoods([-1, -1, -1], [1, 1, 1]).ToJson()), default);

        Assert.Equal(1, score.Value);
    }

    [Fact]
    public async Task ScoreAsync_OutputNotLogLikelihoods_IsUnscoredNotZero()
    {
        var score = await new MultipleChoiceScorer().ScoreAsync(new ScoringInput(Item, "m", "The answer is B"), default);

        Assert.Null(score.Value);
        Assert.Contains("not a log-likelihood", score.UnscoredReason);
    }
}
