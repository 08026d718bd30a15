using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;

namespace LangGap.Torch.Tests.Generation;

[Collection(TorchCollection.Name)]
public sealed class GenerationParityTests
{
    public static TheoryData<string> Checkpoints => new() { "llama", "llama3-gqa", "qwen2", "cohere" };

    [Theory]
    [MemberData(nameof(Checkpoints))]
    public void Generate_GreedyFromFirstEightIds_MatchesTransformers(string name)
    {
        // Arrange
        using var loaded = HfCheckpoint.Load(HfTiny.Dir(name));
        var reference = HfTiny.Json(name);
        var prompt = HfTiny.Ids(reference["greedy_prompt"]![0]!).Select(i => (int)i).ToArray();
        var expected = HfTiny.Ids(reference["greedy_output"]![0]!).Skip(prompt.Length).Select(i => (int)i).ToArray();

        // Act
        var result = new TextGenerator(loaded).Generate(prompt, new SamplingOptions { Greedy = true, MaxNewTokens = expected.Length });

        // Assert
        Assert.Equal(expected, result.Ids);
    }

    [Theory]
    [MemberData(nameof(Checkpoints))]
    public void Score_ReferenceSequences_TokenAndSummedLogProbsMatchTransformers(string name)
    {
        // Arrange
        using var loaded = HfCheckpoint.Load(HfTiny.Dir(name));
        var reference = HfTiny.Json(name);
        var tensors = HfTiny.Tensors(name);
        var expectedTokens = tensors["token_logprobs"].to(ScalarType.Float64).data<double>().ToArray();
        var sequences = reference["input_ids"]!.AsArray().Select(r => HfTiny.Ids(r!).Select(i => (int)i).ToArray()).ToArray();
        var scorer = new LogProbScorer(loaded);

        // Act
        var scores = scorer.ScoreCompletions(sequences.Select(s => ((IReadOnlyList<int>)s[..1], (IReadOnlyList<int>)s[1..])).ToArray());

        // Assert
        for (var b = 0; b < sequences.Length; b++)
        {
            var expectedSum = reference["sum_token_logprobs"]![b]!.GetValue<double>();
            Assert.InRange(scores[b].Sum, expectedSum - 1e-3, expectedSum + 1e-3);
            for (var i = 0; i < scores[b].TokenLogProbs.Count; i++)
            {
                Assert.InRange(scores[b].TokenLogProbs[i], expectedTokens[b * 23 + i] - 1e-4, expectedTokens[b * 23 + i] + 1e-4);
            }
        }
        foreach (var t in tensors.Values)
        {
            t.Dispose();
        }
    }

    [Fact]
    public void GenerateBatch_LeftPaddedPrompts_SameIdsAsOneByOne()
    {
        // Arrange
        using var loaded = HfCheckpoint.Load(HfTiny.Dir("llama3-gqa"));
        var generator = new TextGenerator(loaded);
        var options = new SamplingOptions { Greedy = true, MaxNewTokens = 6 };
        int[][] prompts = [[84, 49, 13, 254, 232], [268, 200], [7, 8, 9]];

        // Act
        var batched = generator.GenerateBatch(prompts, options);
        var single = prompts.Select(p => generator.Generate(p, options)).ToArray();

        // Assert
        for (var b = 0; b < prompts.Length; b++)
        {
            Assert.Equal(single[b].Ids, batched[b].Ids);
        }
    }

    [Fact]
    public void Generate_WithoutKvCache_SameIdsAsWithCache()
    {
        // Arrange
        using var loaded = HfCheckpoint.Load(HfTiny.Dir("cohere"));
        var generator = new TextGenerator(loaded);
        var options = new SamplingOptions { Temperature = 0.8, TopP = 0.9, TopK = 50, Seed = 3, MaxNewTokens = 8 };

        // Act
        var cached = generator.Generate([5, 6, 7], options);
        var uncached = generator.Generate([5, 6, 7], options with { UseKvCache = false });

        // Assert
        Assert.Equal(cached.Ids, uncached.Ids);
    }

    [Fact]
    public void Generate_SameSeed_SameSample_DifferentSeed_DifferentSample()
    {
        // Arrange
        using var loaded = HfCheckpoint.Load(HfTiny.Dir("llama"));
        var generator = new TextGenerator(loaded);
        var options = new SamplingOptions { Temperature = 1.5, MaxNewTokens = 12, Seed = 1 };

        // Act
        var first = generator.Generate([1, 2, 3], options);
        var again = generator.Generate([1, 2, 3], options);
        var other = generator.Generate([1, 2, 3], options with { Seed = 2 });

        // Assert
        Assert.Equal(first.Ids, again.Ids);
        Assert.NotEqual(first.Ids, other.Ids);
    }

    [Fact]
    public void Generate_EosIdProduced_StopsWithEndOfSequence()
    {
        // Arrange
        using var loaded = HfCheckpoint.Load(HfTiny.Dir("llama"));
        var generator = new TextGenerator(loaded);
        var greedy = generator.Generate([84, 49, 13, 254, 232, 141, 74, 8], new SamplingOptions { Greedy = true, MaxNewTokens = 5 });

        // Act
        var stopped = generator.Generate([84, 49, 13, 254, 232, 141, 74, 8],
            new SamplingOptions { Greedy = true, MaxNewTokens = 5, EosTokenIds = [greedy.Ids[2]] });

        // Assert
        Assert.Equal(FinishReason.EndOfSequence, stopped.FinishReason);
        Assert.Equal(greedy.Ids.Take(3), stopped.Ids);
    }
}
