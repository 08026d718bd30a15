using LangGap.Torch.Training;

namespace LangGap.Torch.Tests.Training;

public sealed class AlignmentOptionsTests
{
    [Theory]
    [InlineData(LearningRateSchedule.Linear, 0, 0.5)]
    [InlineData(LearningRateSchedule.Linear, 1, 1.0)]
    [InlineData(LearningRateSchedule.Linear, 7, 0.5)]
    [InlineData(LearningRateSchedule.Linear, 11, 0.1)]
    [InlineData(LearningRateSchedule.Cosine, 7, 0.5)]
    [InlineData(LearningRateSchedule.Cosine, 1, 1.0)]
    [InlineData(LearningRateSchedule.Constant, 9, 1.0)]
    public void LearningRateAt_WarmupThenDecay_FollowsSchedule(LearningRateSchedule schedule, int step, double expected)
    {
        var options = new AlignmentOptions { Steps = 12, WarmupSteps = 2, LearningRate = 1, Schedule = schedule };
        Assert.Equal(expected, options.LearningRateAt(step), 12);
    }

    [Theory]
    [InlineData(AlignmentMethod.Dpo, 0.1, 4)]
    [InlineData(AlignmentMethod.Rloo, 0.05, 4)]
    [InlineData(AlignmentMethod.Reinforce, 0.05, 1)]
    public void Defaults_PerMethod_FollowTrl(AlignmentMethod method, double beta, int k)
    {
        var options = new AlignmentOptions();
        Assert.Equal(beta, options.BetaFor(method));
        Assert.Equal(k, options.KFor(method));
    }

    [Fact]
    public void Validate_RlooWithOneSample_NamesK()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AlignmentOptions { K = 1 }.Validate(AlignmentMethod.Rloo));
        Assert.Equal("K", error.ParamName);
    }
}
