using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Training;

public sealed class RewardSpecTests
{
    [Fact]
    public void Parse_WeightedList_KeepsOrderArgumentsAndWeights()
    {
        var spec = RewardSpec.Parse("fidelity=1, length=-0.1,judge:gpt-4o=0.5,rm:out/rm");
        Assert.Equal(
            [new RewardTerm("fidelity", null, 1), new RewardTerm("length", null, -0.1), new RewardTerm("judge", "gpt-4o", 0.5), new RewardTerm("rm", "out/rm", 1)],
            spec.Terms);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("length,,fidelity", "empty term")]
    [InlineData("length=abc", "weight 'abc'")]
    [InlineData("length=inf", "not a finite number")]
    [InlineData("bleu", "Unknown reward 'bleu'")]
    [InlineData("judge", "needs an argument")]
    [InlineData("length:x", "takes no argument")]
    [InlineData("length,length=2", "given twice")]
    public void Parse_BadSpec_ThrowsFormatExceptionSayingWhy(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => RewardSpec.Parse(text));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task WeightedReward_NaNTerm_IsLeftOutOfThatCompletionsSum()
    {
        // Arrange
        var judge = new JudgeReward(new ScriptedJudge(["7", "no idea"]), "fake");
        var reward = new WeightedReward([(new LengthReward(10), 2.0), (judge, 9.0)]);
        var record = new TrainingRecord { Source = "t:1", Conversational = false, Prompt = [new ChatMessage(ChatRole.User, "p")] };

        // Act
        var scores = await reward.ScoreAsync([new RewardInput(record, "12345"), new RewardInput(record, "1234567890")], CancellationToken.None);

        // Assert
        Assert.Equal(2 * 0.5 + 9 * (6 / 9.0), scores[0], 12);
        Assert.Equal(2 * 1.0, scores[1], 12);
    }

    [Theory]
    [InlineData("8", 7 / 9.0)]
    [InlineData("Rating: 10/10", 1.0)]
    [InlineData("0 then 3", 2 / 9.0)]
    public void ParseRating_Verdict_MapsToUnitInterval(string verdict, double expected) =>
        Assert.Equal(expected, JudgeReward.ParseRating(verdict), 12);

    private sealed class ScriptedJudge(IReadOnlyList<string> answers) : IChatClient
    {
        private int _next;

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answers[_next++])));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
