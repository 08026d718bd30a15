namespace LangGap.Torch.Modules;

/// <summary>A decoder-only language model (Llama, Qwen2 or Cohere layout) producing next-token logits.</summary>
/// <remarks>Parameter names equal Hugging Face's (<c>model.layers.0.self_attn.q_proj.weight</c>), so checkpoints
/// load by name. Computation is float32 on CPU.</remarks>
public sealed class CausalLM : nn.Module
{
    [ComponentName(Name = "model")]
    private readonly DecoderStack _model;
    [ComponentName(Name = "lm_head")]
    private readonly Linear? _lmHead;
    private readonly RotaryEmbedding _rotary;

    /// <summary>Builds a model with freshly initialised weights for <paramref name="config"/>.</summary>
    public CausalLM(TransformerConfig config) : base(nameof(CausalLM))
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        Config = config;
        _model = new DecoderStack(config);
        _lmHead = config.TieWordEmbeddings ? null : nn.Linear(config.HiddenSize, config.VocabSize, hasBias: false);
        _rotary = new RotaryEmbedding(config);
        RegisterComponents();
    }

    /// <summary>The configuration the model was built from.</summary>
    public TransformerConfig Config { get; }

    /// <summary>An empty key/value cache for incremental decoding with this model.</summary>
    public KvCache CreateCache() => new(Config.NumLayers);

    /// <summary>Computes logits for <paramref name="inputIds"/>, the new tokens after whatever <paramref name="cache"/> holds.</summary>
    /// <param name="inputIds">(B, T) token ids.</param>
    /// <param name="attentionMask">(B, S) 1 for real tokens and 0 for padding over cached plus new positions, or null
    /// when nothing is padded; positions count real tokens only, as transformers' generate does.</param>
    /// <param name="cache">Cache to read and extend, or null to process the whole sequence at once.</param>
    /// <param name="lastTokenOnly">Return logits for the last position only, shaped (B, 1, V).</param>
    /// <returns>(B, T, V) float32 logits.</returns>
    public Tensor Forward(Tensor inputIds, Tensor? attentionMask = null, KvCache? cache = null, bool lastTokenOnly = false)
    {
        ArgumentNullException.ThrowIfNull(inputIds);
        using var scope = NewDisposeScope();
        var t = inputIds.shape[1];
        var past = cache?.Length ?? 0;
        Tensor positions;
        Tensor? mask = null;
        if (attentionMask is null)
        {
            positions = arange(past, past + t, dtype: ScalarType.Int64).unsqueeze(0).expand(inputIds.shape[0], t);   // (B, T)
            if (past > 0 && t > 1)
            {
                mask = CausalMask(t, past, null);
            }
        }
        else
        {
            var all = (attentionMask.cumsum(-1, ScalarType.Int64) - 1).clamp_min(0);                  // (B, S)
            positions = all.narrow(1, past, t);                                                        // (B, T)
            mask = CausalMask(t, past, attentionMask);
        }
        var h = _model.Forward(inputIds, _rotary, positions, mask, cache?.Layers);                      // (B, T, C)
        if (lastTokenOnly)
        {
            h = h.narrow(1, t - 1, 1);                                                                  // (B, 1, C)
        }
        return Head(h).MoveToOuterDisposeScope();                                                       // (B, T, V)
    }

    /// <summary>Decodes one token for each sequence in slots 0…B−1 of <paramref name="cache"/>, sequences of any lengths.</summary>
    /// <param name="tokens">(B) the newest token of each slot's sequence.</param>
    /// <param name="lengths">(B) positions already cached for each slot; the token goes at that position.</param>
    /// <param name="cache">The slots; each one's keys and values grow by one position.</param>
    /// <returns>(B, 1, V) float32 logits.</returns>
    internal Tensor DecodeSlots(long[] tokens, long[] lengths, SlotKvCache cache)
    {
        using var scope = NewDisposeScope();
        var b = tokens.Length;
        var mask = cache.BeginStep(lengths);                                                            // (B, 1, 1, S)
        var input = tensor(tokens).view(b, 1);                                                          // (B, 1)
        var positions = tensor(lengths).view(b, 1);                                                     // (B, 1)
        var h = _model.Forward(input, _rotary, positions, mask, cache.Layers);                          // (B, 1, C)
        return Head(h).MoveToOuterDisposeScope();                                                       // (B, 1, V)
    }

    private Tensor Head(Tensor h)
    {
        var logits = _lmHead is null
            ? nn.functional.linear(h, _model.EmbeddingWeight)
            : _lmHead.forward(h);                                                                        // (B, T, V)
        return Config.LogitScale != 1 ? logits * Config.LogitScale : logits;
    }

    /// <summary>(B or 1, 1, T, S) true where query i (at absolute position past + i) may attend key j.</summary>
    private static Tensor CausalMask(long t, long past, Tensor? padding)
    {
        var s = past + t;
        var keys = arange(s, dtype: ScalarType.Int64).unsqueeze(0);                    // (1, S)
        var queries = arange(past, s, dtype: ScalarType.Int64).unsqueeze(1);           // (T, 1)
        var causal = keys <= queries;                                                   // (T, S)
        if (padding is null)
        {
            return causal.unsqueeze(0).unsqueeze(0);                                    // (1, 1, T, S)
        }
        var allowed = causal.unsqueeze(0) & padding.to(ScalarType.Bool).unsqueeze(1);   // (B, T, S)
        // A padding query would otherwise see no key at all and produce NaN that leaks through 0·NaN.
        allowed = allowed | (keys == queries).unsqueeze(0);
        return allowed.unsqueeze(1);                                                    // (B, 1, T, S)
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rotary.Dispose();
        }
        base.Dispose(disposing);
    }
}
