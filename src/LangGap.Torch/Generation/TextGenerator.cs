using LangGap.Torch.Checkpoints;

namespace LangGap.Torch.Generation;

/// <summary>Decodes continuations token by token with a key/value cache; several prompts run as one left-padded batch.</summary>
public sealed class TextGenerator
{
    private readonly PretrainedModel _model;

    /// <summary>Generates with <paramref name="model"/> (which stays owned by the caller).</summary>
    public TextGenerator(PretrainedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <summary>Continues one prompt given as token ids.</summary>
    public GenerationResult Generate(IReadOnlyList<int> promptIds, SamplingOptions options, CancellationToken cancellationToken = default) =>
        GenerateBatch([promptIds], options, cancellationToken)[0];

    /// <summary>Continues every prompt; results are in prompt order.</summary>
    public IReadOnlyList<GenerationResult> GenerateBatch(
        IReadOnlyList<IReadOnlyList<int>> prompts, SamplingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (prompts.Count == 0)
        {
            return [];
        }
        if (prompts.Any(p => p.Count == 0))
        {
            throw new ArgumentException("Every prompt needs at least one token.", nameof(prompts));
        }
        var eos = new HashSet<int>(options.EosTokenIds ?? _model.EosTokenIds);
        var rows = prompts.Select(_ => new DecodedSequence(_model.Tokenizer, eos, options)).ToArray();
        using var noGrad = no_grad();
        using var sampler = new TokenSampler(options);
        using var cache = options.UseKvCache ? _model.Model.CreateCache() : null;
        var (ids, mask) = LeftPad(prompts);
        var input = ids.alias();
        try
        {
            for (var step = 0; step < options.MaxNewTokens && rows.Any(r => r.Reason is null); step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                var logits = cache is null
                    ? _model.Model.Forward(ids, mask, null, lastTokenOnly: true)
                    : _model.Model.Forward(input, mask, cache, lastTokenOnly: true);                      // (B, 1, V)
                var next = sampler.Next(logits.select(1, 0));                                              // (B)
                var chosen = next.data<long>().ToArray();
                for (var b = 0; b < rows.Length; b++)
                {
                    rows[b].Add((int)chosen[b]);
                }
                var column = next.unsqueeze(1);                                                            // (B, 1)
                input = Swap(input, column.alias());
                ids = Swap(ids, cat([ids, column], dim: 1));                                            // (B, S + 1)
                if (mask is not null)
                {
                    mask = Swap(mask, cat([mask, ones_like(column)], dim: 1));                           // (B, S + 1)
                }
            }
        }
        finally
        {
            input.Dispose();
            ids.Dispose();
            mask?.Dispose();
        }
        return rows.Select(r => r.Finish()).ToArray();
    }

    /// <summary>Keeps <paramref name="value"/> past the step's dispose scope and frees the tensor it replaces.</summary>
    private static Tensor Swap(Tensor? old, Tensor value)
    {
        var kept = value.DetachFromDisposeScope();
        old?.Dispose();
        return kept;
    }

    private (Tensor Ids, Tensor? Mask) LeftPad(IReadOnlyList<IReadOnlyList<int>> prompts)
    {
        var length = prompts.Max(p => p.Count);
        var pad = _model.Config.PadTokenId ?? 0;
        var ids = new long[prompts.Count * length];
        var mask = new long[prompts.Count * length];
        for (var b = 0; b < prompts.Count; b++)
        {
            var offset = length - prompts[b].Count;
            for (var i = 0; i < length; i++)
            {
                ids[b * length + i] = i < offset ? pad : prompts[b][i - offset];
                mask[b * length + i] = i < offset ? 0 : 1;
            }
        }
        var padded = prompts.Any(p => p.Count < length);
        return (tensor(ids, [prompts.Count, length]), padded ? tensor(mask, [prompts.Count, length]) : null);
    }
}
