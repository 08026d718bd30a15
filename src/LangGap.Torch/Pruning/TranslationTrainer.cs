using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Pruning;

/// <summary>Trains a decoder-only <see cref="CausalLM"/> to translate: next-token cross-entropy on the target tokens
/// (and the end token) of <c>source ⟨sep⟩ target ⟨end⟩</c> sequences, the source being context only.</summary>
/// <remarks>Each step draws <see cref="TrainingOptions.BatchSize"/> pairs uniformly with replacement from a seeded
/// stream, right-pads them to the longest (padding after the end needs no mask under causal attention) and takes one
/// AdamW step with the warm-up and cosine schedule of <see cref="TrainingOptions"/>. <see cref="TrainingOptions.SequenceLength"/>
/// is not used: pairs are already cut by <see cref="TranslationEncoding"/>.</remarks>
public sealed class TranslationTrainer : IDisposable
{
    private const long Ignore = -100;
    private readonly IReadOnlyList<EncodedPair> _pairs;
    private readonly AdamW _optimizer;
    private readonly IReadOnlyList<Parameter> _parameters;

    /// <summary>Trains <paramref name="model"/> (owned by the caller) on <paramref name="pairs"/>.</summary>
    public TranslationTrainer(CausalLM model, IReadOnlyList<EncodedPair> pairs, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (pairs.Count == 0)
        {
            throw new InvalidInputException("The training corpus has no pairs.");
        }
        Model = model;
        _pairs = pairs;
        Options = options;
        _parameters = model.parameters().ToArray();
        _optimizer = optim.AdamW(_parameters, options.LearningRate, options.Beta1, options.Beta2, 1e-8, options.WeightDecay);
        Random = new SplitMix64(unchecked((ulong)options.Seed));
    }

    /// <summary>The model being trained.</summary>
    public CausalLM Model { get; }

    /// <summary>The settings in use.</summary>
    public TrainingOptions Options { get; }

    /// <summary>Optimizer steps taken so far.</summary>
    public int Step { get; internal set; }

    internal SplitMix64 Random { get; set; }

    internal AdamW Optimizer => _optimizer;

    /// <summary>Runs one optimizer step and returns the batch's mean cross-entropy per target token (nats).</summary>
    public double TrainStep()
    {
        Model.train();
        using var scope = NewDisposeScope();
        var batch = new EncodedPair[Options.BatchSize];
        for (var b = 0; b < batch.Length; b++)
        {
            batch[b] = _pairs[(int)Random.NextInt64(_pairs.Count)];
        }
        var (inputs, labels) = Batch(batch);                                               // (B, T), (B, T)
        foreach (var group in _optimizer.ParamGroups)
        {
            group.LearningRate = Options.LearningRateAt(Step);
        }
        _optimizer.zero_grad();
        var logits = Model.Forward(inputs);                                                 // (B, T, V)
        var loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[^1]), labels.reshape(-1), ignore_index: Ignore);
        loss.backward();
        nn.utils.clip_grad_norm_(_parameters, Options.GradientClip);
        _optimizer.step();
        Step++;
        return loss.item<float>();
    }

    /// <summary>Right-padded inputs (all tokens but the last) and labels (the next token where it is a target token, else ignored).</summary>
    internal static (Tensor Inputs, Tensor Labels) Batch(IReadOnlyList<EncodedPair> pairs)
    {
        var length = pairs.Max(p => p.Ids.Length) - 1;
        var inputs = new long[pairs.Count * length];
        var labels = new long[pairs.Count * length];
        Array.Fill(inputs, TranslationEncoding.Pad);
        Array.Fill(labels, Ignore);
        for (var b = 0; b < pairs.Count; b++)
        {
            var ids = pairs[b].Ids;
            for (var i = 0; i < ids.Length - 1; i++)
            {
                inputs[b * length + i] = ids[i];
                if (i + 1 >= pairs[b].TargetStart)
                {
                    labels[b * length + i] = ids[i + 1];
                }
            }
        }
        return (tensor(inputs, [pairs.Count, length]), tensor(labels, [pairs.Count, length]));
    }

    /// <summary>Frees the optimizer state (the model stays with its owner).</summary>
    public void Dispose() => _optimizer.Dispose();
}
