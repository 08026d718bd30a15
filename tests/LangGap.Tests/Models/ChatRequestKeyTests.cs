using System.Text;
using LangGap.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Models;

public sealed class ChatRequestKeyTests
{
    private static readonly ChatMessage[] Messages = [new(ChatRole.User, "Wie viel ist 2+2?")];

    private static ChatOptions Options(int sampleIndex = 0, long seed = 7, float temperature = 0.5f) => new()
    {
        Temperature = temperature,
        Seed = seed,
        AdditionalProperties = new() { [ChatOptionKeys.SampleIndex] = sampleIndex },
    };

    [Fact]
    public void Compute_SameInputs_SameKey() =>
        Assert.Equal(ChatRequestKey.Compute("m", Messages, Options()), ChatRequestKey.Compute("m", [new ChatMessage(ChatRole.User, "Wie viel ist 2+2?")], Options()));

    [Fact]
    public void Compute_KnownInputs_Is64LowerHexCharacters() =>
        Assert.Matches("^[0-9a-f]{64}$", ChatRequestKey.Compute("m", Messages, Options()));

    [Fact]
    public void Compute_AnyInputChanges_KeyChanges()
    {
        var keys = new[]
        {
            ChatRequestKey.Compute("m", Messages, Options()),
            ChatRequestKey.Compute("n", Messages, Options()),
            ChatRequestKey.Compute("m", [new ChatMessage(ChatRole.User, "Wie viel ist 2+3?")], Options()),
            ChatRequestKey.Compute("m", [new ChatMessage(ChatRole.System, "Wie viel ist 2+2?")], Options()),
            ChatRequestKey.Compute("m", Messages, Options(sampleIndex: 1)),
            ChatRequestKey.Compute("m", Messages, Options(seed: 8)),
            ChatRequestKey.Compute("m", Messages, Options(temperature: 0.7f)),
            ChatRequestKey.Compute("m", Messages, null),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Compute_ExtraPropertiesInAnyOrder_SameKey()
    {
        var a = Options();
        a.AdditionalProperties!["b"] = 1;
        a.AdditionalProperties["a"] = "x";
        var b = Options();
        b.AdditionalProperties!["a"] = "x";
        b.AdditionalProperties["b"] = 1;

        Assert.Equal(ChatRequestKey.Compute("m", Messages, a), ChatRequestKey.Compute("m", Messages, b));
    }

    [Fact]
    public void Compute_LangGapResponseEntries_DoNotChangeKey()
    {
        var withExtra = Options();
        withExtra.AdditionalProperties![ChatOptionKeys.CacheHit] = true;

        Assert.Equal(ChatRequestKey.Compute("m", Messages, Options()), ChatRequestKey.Compute("m", Messages, withExtra));
    }

    [Fact]
    public void CanonicalBytes_Always_HoldModelMessagesSeedAndSampleIndex()
    {
        var json = Encoding.UTF8.GetString(ChatRequestKey.CanonicalBytes("m", Messages, Options(sampleIndex: 3)));

        Assert.Contains("\"model\":\"m\"", json);
        Assert.Contains("\"seed\":7", json);
        Assert.Contains("\"sample_index\":3", json);
    }
}
