using LangGap.Torch.Modules;

namespace LangGap.Torch.Training;

/// <summary>Trains a <see cref="CausalLM"/> to predict the next token of windows drawn from a <see cref="TokenCorpus"/>.</summary>
/// <remarks>AdamW, linear warm-up then cosine decay, global gradient-norm clipping; everything random is seeded, and
/// <see cref="TrainingCheckpoint"/> stores the optimizer and random states so a resumed run continues identically.</remarks>
public sealed class NextTokenTrainer : IDisposable
{
    private readonly CausalLM _model;
    private readonly TokenCorpus _corpus;
    private readonly AdamW _optimizer;
    private readonly IReadOnlyList<Parameter> _parameters;

    /// <summary>Trains <paramref name="model"/> (owned by the caller) on <paramref name="corpus"/>.</summary>
    public NextTokenTrainer(CausalLM model, TokenCorpus corpus, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _model = model;
        _corpus = corpus;
        Options = options;
        _parameters = model.parameters().ToArray();
        _optimizer = optim.AdamW(_parameters, options.LearningRate, options.Beta1, options.Beta2, 1e-8, options.WeightDecay);
        Random = new SplitMix64(unchecked((ulong)options.Seed));
    }

    /// <summary>The settings in use.</summary>
    public TrainingOptions Options { get; }

    /// <summary>The model being trained.</summary>
    public CausalLM Model => _model;

    /// <summary>Optimizer steps taken so far.</summary>
    public int Step { get; internal set; }

    internal SplitMix64 Random { get; set; }

    internal AdamW Optimizer => _optimizer;

    /// <summary>Fills every matrix with N(0, <paramref name="std"/>) and every norm gain with 1, as transformers initialises
    /// Llama, drawing from torch's generator seeded with <paramref name="seed"/>.</summary>
    public static void Initialize(CausalLM model, double std, long seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        manual_seed(seed);
        using var noGrad = no_grad();
        foreach (var (_, parameter) in model.named_parameters())
        {
            if (parameter.dim() >= 2)
            {
                parameter.normal_(0, std);
            }
            else
            {
                parameter.fill_(1);
            }
        }
    }

    /// <summary>Runs one optimizer step on a fresh batch and returns its mean cross-entropy (nats per token).</summary>
    public double TrainStep()
    {
        _model.train();
        using var scope = NewDisposeScope();
        var length = Options.SequenceLength;
        var batch = tensor(_corpus.SampleBatch(Random, Options.BatchSize, length), [Options.BatchSize, length + 1]);   // (B, T+1)
        var inputs = batch.narrow(1, 0, length);                                                                      // (B, T)
        var targets = batch.narrow(1, 1, length);                                                                     // (B, T)
        foreach (var group in _optimizer.ParamGroups)
        {
            group.LearningRate = Options.LearningRateAt(Step);
        }
        _optimizer.zero_grad();
        var logits = _model.Forward(inputs);                                                                          // (B, T, V)
        var loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[^1]), targets.reshape(-1));
        loss.backward();
        nn.utils.clip_grad_norm_(_parameters, Options.GradientClip);
        _optimizer.step();
        Step++;
        return loss.item<float>();
    }

    /// <summary>Mean cross-entropy (nats per token) on each language's held-out tokens, using at most
    /// <paramref name="maxWindows"/> windows of <see cref="TrainingOptions.SequenceLength"/> per language.</summary>
    public IReadOnlyDictionary<string, double> EvaluateHeldOut(int maxWindows = 8)
    {
        _model.eval();
        using var noGrad = no_grad();
        var losses = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var length = Options.SequenceLength;
        foreach (var (language, tokens) in _corpus.HeldOut)
        {
            var windows = Math.Min(maxWindows, (tokens.Length - 1) / length);
            if (windows == 0)
            {
                continue;
            }
            using var scope = NewDisposeScope();
            var flat = new long[windows * (length + 1)];
            for (var w = 0; w < windows; w++)
            {
                for (var i = 0; i <= length; i++)
                {
                    flat[w * (length + 1) + i] = tokens[w * length + i];
                }
            }
            var batch = tensor(flat, [windows, length + 1]);
            var logits = _model.Forward(batch.narrow(1, 0, length));
            var loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[^1]), batch.narrow(1, 1, length).reshape(-1));
            losses[language] = loss.item<float>();
        }
        return losses;
    }

    /// <summary>Frees the optimizer state (the model stays with its owner).</summary>
    public void Dispose() => _optimizer.Dispose();
}
