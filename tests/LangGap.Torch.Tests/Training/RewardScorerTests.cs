using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Torch.Tests.Training;

public sealed class RewardScorerTests
{
    private sealed class FixedReward(double value) : IReward
    {
        public string Name => "fixed";

        public List<RewardInput> Seen { get; } = [];

        public Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken)
        {
            Seen.AddRange(inputs);
            return Task.FromResult<IReadOnlyList<double>>([.. inputs.Select(_ => value)]);
        }
    }

    private static ScoringInput Input(string output) =>
        new(Sample.FromPrompt("s1", LanguageTag.Parse("sw"), "Habari yako?", ["Nzuri"]), "m", output);

    [Fact]
    public async Task ScoreAsync_Reward_ValueWithSampleAsTrainingRecord()
    {
        var reward = new FixedReward(0.25);
        var scorer = new RewardScorer(reward, "reward", RewardScorer.Unbounded, "weights:abc");

        var score = await scorer.ScoreAsync(Input("  Nzuri sana  "), CancellationToken.None);

        Assert.Equal(0.25, score.Value);
        var seen = Assert.Single(reward.Seen);
        Assert.Equal("Nzuri sana", seen.Completion);
        Assert.Equal("sw", seen.Record.Language);
        Assert.Equal("Nzuri", seen.Record.Reference);
        Assert.Equal("Habari yako?", seen.Record.PromptText);
    }

    [Fact]
    public async Task ScoreAsync_NaN_UnscoredNotZero()
    {
        var scorer = new RewardScorer(new FixedReward(double.NaN), "reward", RewardScorer.Unbounded, "x");

        var score = await scorer.ScoreAsync(Input("x"), CancellationToken.None);

        Assert.False(score.IsScored);
        Assert.Contains("fixed", score.UnscoredReason);
    }

    [Fact]
    public void Settings_OtherIdentity_OtherScorerKey()
    {
        var a = new RewardScorer(new FixedReward(0), "reward", RewardScorer.Unbounded, "weights:a");
        var b = new RewardScorer(new FixedReward(0), "reward", RewardScorer.Unbounded, "weights:b");

        Assert.NotEqual(ScorerIdentity.Of(a).Key, ScorerIdentity.Of(b).Key);
    }
}
