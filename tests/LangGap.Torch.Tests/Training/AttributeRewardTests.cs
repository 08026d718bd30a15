using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Training;

public sealed class AttributeRewardTests
{
    private static RewardInput Input(string? language, string completion) => new(
        new TrainingRecord { Source = "t:1", Conversational = false, Prompt = [new ChatMessage(ChatRole.User, "Write something.")], Language = language },
        completion);

    [Fact]
    public async Task Create_AttributeTerms_RewardTheAttributeValueAndNaNWhenUnscored()
    {
        using var factory = new RewardFactory();
        var spec = RewardSpec.Parse("mtld=1,readability=0.5");
        var mtld = factory.Create(spec.Terms[0]);
        var readability = factory.Create(spec.Terms[1]);

        var m = await mtld.ScoreAsync([Input("en", "a b a b"), Input("en", "...")], default);
        var r = await readability.ScoreAsync([Input("hi", "यह एक वाक्य है।")], default);

        Assert.Equal(4, m[0]);
        Assert.True(double.IsNaN(m[1]));
        Assert.True(double.IsNaN(r[0]));
        Assert.Equal("mtld", mtld.Name);
    }
}
