using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Training;

public sealed class ScorerRewardTests
{
    [Fact]
    public async Task FidelityReward_LanguageField_RewardsCompletionInThatLanguage()
    {
        // Arrange
        var record = Record("మీరు ఎలా ఉన్నారు?") with { Language = "te" };
        var inputs = new[]
        {
            new RewardInput(record, "నేను బాగున్నాను, ధన్యవాదాలు. మా కుటుంబం కూడా బాగుంది."),
            new RewardInput(record, "I am very well, thank you. My family is fine too."),
            new RewardInput(record, ""),
        };

        // Act
        var scores = await new FidelityReward().ScoreAsync(inputs, CancellationToken.None);

        // Assert
        Assert.True(scores[0] > 0.5, $"Telugu answer scored {scores[0]}");
        Assert.True(scores[1] < 0.1, $"English answer scored {scores[1]}");
        Assert.Equal(0, scores[2]);
    }

    [Fact]
    public async Task FidelityReward_NoLanguageField_UsesThePromptsLanguage()
    {
        var record = Record("Wie geht es dir heute? Ich hoffe, dass alles gut ist.");
        var scores = await new FidelityReward().ScoreAsync(
            [new RewardInput(record, "Mir geht es sehr gut, danke der Nachfrage."), new RewardInput(record, "Je vais très bien, merci beaucoup.")],
            CancellationToken.None);
        Assert.True(scores[0] > 0.5 && scores[1] < 0.1, $"scores {scores[0]}, {scores[1]}");
    }

    [Fact]
    public async Task FidelityReward_BadLanguageField_ThrowsWithSource()
    {
        var record = Record("x") with { Language = "not a tag!" };
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => new FidelityReward().ScoreAsync([new RewardInput(record, "abc")], CancellationToken.None));
        Assert.StartsWith("t:1:", error.Message);
    }

    [Fact]
    public async Task ChrFReward_Completions_ScoreAgainstReferenceOnUnitScale()
    {
        var record = Record("Translate") with { Reference = "Der Hund bellt laut." };
        var scores = await new ChrFReward().ScoreAsync(
            [new RewardInput(record, "Der Hund bellt laut."), new RewardInput(record, "Die Katze schläft."), new RewardInput(record, "")],
            CancellationToken.None);
        Assert.Equal(1.0, scores[0], 9);
        Assert.InRange(scores[1], 0.01, 0.6);
        Assert.Equal(0.0, scores[2], 9);
    }

    [Fact]
    public async Task ChrFReward_RecordWithoutReference_ThrowsWithSource()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => new ChrFReward().ScoreAsync([new RewardInput(Record("x"), "y")], CancellationToken.None));
        Assert.Contains("t:1: the chrf reward needs a 'reference' field", error.Message);
    }

    private static TrainingRecord Record(string prompt) => new()
    {
        Source = "t:1", Conversational = true, Prompt = [new ChatMessage(ChatRole.User, prompt)],
    };
}
