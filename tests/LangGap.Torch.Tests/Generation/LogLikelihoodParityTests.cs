using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using Xunit.Abstractions;

namespace LangGap.Torch.Tests.Generation;

/// <summary>Choice log-likelihoods of the multiple-choice path against transformers 5.17 on the tiny checkpoints.</summary>
[Collection(TorchCollection.Name)]
public sealed class LogLikelihoodParityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Checkpoints => new() { "llama", "llama3-gqa", "qwen2", "cohere" };

    [Theory]
    [MemberData(nameof(Checkpoints))]
    public async Task ScoreIdsAsync_ContinuationsOfReferenceRows_SumsMatchTransformersTo1e4(string name)
    {
        // Arrange: each reference row split after 1, 5, 12 and 20 tokens gives eight context/continuation pairs of
        // different lengths, all sent at once so they share right-padded batches.
        using var loaded = HfCheckpoint.Load(HfTiny.Dir(name));
        var reference = HfTiny.Json(name);
        var tensors = HfTiny.Tensors(name);
        var tokenLogProbs = tensors["token_logprobs"].to(ScalarType.Float64).data<double>().ToArray();   // (2, 23) flattened
        foreach (var t in tensors.Values)
        {
            t.Dispose();
        }
        var rows = reference["input_ids"]!.AsArray().Select(r => HfTiny.Ids(r!).Select(i => (int)i).ToArray()).ToArray();
        int[] splits = [1, 5, 12, 20];
        var pairs = rows.SelectMany(row => splits.Select(k => (Context: row[..k], Continuation: row[k..]))).ToArray();
        var expected = Enumerable.Range(0, rows.Length)
            .SelectMany(b => splits.Select(k => Enumerable.Range(k - 1, 23 - (k - 1)).Sum(i => tokenLogProbs[b * 23 + i]))).ToArray();
        var batcher = new LogLikelihoodBatcher(loaded, batchSize: 3);

        // Act: half the pairs from one caller, half from another, concurrently.
        var first = batcher.ScoreIdsAsync(pairs[..4], CancellationToken.None);
        var second = batcher.ScoreIdsAsync(pairs[4..], CancellationToken.None);
        var scores = (await first).Concat(await second).ToArray();

        // Assert
        var deviation = scores.Select((s, i) => Math.Abs(s.LogProb - expected[i])).Max();
        output.WriteLine($"{name}: max |LangGap - transformers| over {scores.Length} choice log-likelihoods = {deviation:E2}");
        Assert.InRange(deviation, 0, 1e-4);
        Assert.Equal(pairs.Select(p => p.Continuation.Length), scores.Select(s => s.TokenCount));
    }
}
