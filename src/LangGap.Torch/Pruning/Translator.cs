using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;

namespace LangGap.Torch.Pruning;

/// <summary>Translates with a model trained by <see cref="CheckpointedTraining"/>: greedy decoding of
/// <c>[target-language] source ⟨sep⟩</c> until the end token.</summary>
public static class Translator
{
    /// <summary>The translation of each source, in input order.</summary>
    /// <param name="modelDirectory">A checkpoint folder.</param>
    /// <param name="encoding">The encoding the model was trained with.</param>
    /// <param name="sources">Source texts.</param>
    /// <param name="targetLanguages">Target language per source (null entries when the corpus declares none).</param>
    /// <param name="maxNewTokens">Longest translation in bytes.</param>
    /// <param name="batchSize">Sources decoded together.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public static IReadOnlyList<string> Translate(
        string modelDirectory, TranslationEncoding encoding, IReadOnlyList<string> sources, IReadOnlyList<string?> targetLanguages,
        int maxNewTokens, int batchSize = 16, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targetLanguages);
        using var model = HfCheckpoint.Load(modelDirectory);
        var generator = new TextGenerator(model);
        var options = new SamplingOptions { Greedy = true, MaxNewTokens = maxNewTokens, EosTokenIds = [TranslationEncoding.End] };
        var prompts = sources.Select((s, i) => (IReadOnlyList<int>)encoding.Prompt(s, targetLanguages[i])).ToArray();
        var outputs = new string[prompts.Length];
        for (var start = 0; start < prompts.Length; start += batchSize)
        {
            var batch = prompts.Skip(start).Take(batchSize).ToArray();
            var results = generator.GenerateBatch(batch, options, cancellationToken);
            for (var b = 0; b < results.Count; b++)
            {
                outputs[start + b] = TranslationEncoding.Decode(results[b].Ids);
            }
        }
        return outputs;
    }
}
