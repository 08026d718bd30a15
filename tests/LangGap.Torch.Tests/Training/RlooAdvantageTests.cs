using LangGap.Torch.Training.Losses;

namespace LangGap.Torch.Tests.Training;

/// <summary>RLOO advantages equal MISSION.md §10's leave-one-out formula in both of its forms.</summary>
[Collection(TorchCollection.Name)]
public sealed class RlooAdvantageTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Advantages_RandomRewards_EqualLeaveOneOutFormulaInBothForms(int k)
    {
        // Arrange
        var random = new Random(7 + k);
        var rewards = Enumerable.Range(0, 3 * k).Select(_ => random.NextDouble() * 4 - 2).ToArray();
        using var input = tensor(rewards);

        // Act
        using var advantages = RlooLoss.Advantages(input, k);
        var actual = advantages.data<double>().ToArray();

        // Assert
        for (var i = 0; i < rewards.Length; i++)
        {
            var group = rewards.Skip(i / k * k).Take(k).ToArray();
            var others = group.Where((_, j) => j != i % k).Average();
            var mean = group.Average();
            Assert.Equal(rewards[i] - others, actual[i], 12);
            Assert.Equal((double)k / (k - 1) * (rewards[i] - mean), actual[i], 12);
        }
    }

    [Fact]
    public void Advantages_CountNotMultipleOfK_Throws()
    {
        using var input = tensor(new[] { 1.0, 2.0, 3.0 });
        Assert.Throws<ArgumentException>(() => RlooLoss.Advantages(input, 2));
    }

    [Fact]
    public void MovingAverageBaseline_TwoBatches_UsesPreviousAverage()
    {
        // Arrange
        var baseline = new MovingAverageBaseline(0.5);
        using var first = tensor(new[] { 1.0, 3.0 });
        using var second = tensor(new[] { 4.0, 6.0 });

        // Act
        using var a1 = baseline.Advantages(first);
        using var a2 = baseline.Advantages(second);

        // Assert
        Assert.Equal(new[] { -1.0, 1.0 }, a1.data<double>().ToArray());
        Assert.Equal(new[] { 2.0, 4.0 }, a2.data<double>().ToArray());
        Assert.Equal(3.5, baseline.Value);
    }
}
