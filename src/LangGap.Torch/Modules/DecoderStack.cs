namespace LangGap.Torch.Modules;

/// <summary>Token embedding, the decoder layers and the final norm (Hugging Face's inner <c>model</c>).</summary>
internal sealed class DecoderStack : nn.Module
{
    [ComponentName(Name = "embed_tokens")]
    private readonly Embedding _embedTokens;
    [ComponentName(Name = "layers")]
    private readonly ModuleList<DecoderLayer> _layers;
    [ComponentName(Name = "norm")]
    private readonly nn.Module<Tensor, Tensor> _norm;

    public DecoderStack(TransformerConfig config) : base(nameof(DecoderStack))
    {
        _embedTokens = nn.Embedding(config.VocabSize, config.HiddenSize);
        _layers = new ModuleList<DecoderLayer>(Enumerable.Range(0, config.NumLayers).Select(_ => new DecoderLayer(config)).ToArray());
        _norm = config.Architecture == Architecture.Cohere
            ? new CohereLayerNorm(config.HiddenSize, config.NormEps)
            : new RmsNorm(config.HiddenSize, config.NormEps);
        RegisterComponents();
    }

    public Parameter EmbeddingWeight => _embedTokens.weight!;

    // inputIds: (B, T) token ids; positions: (B, T); mask: (B, 1, T, S) or null.
    // Returns (B, T, C) final hidden states.
    public Tensor Forward(Tensor inputIds, RotaryEmbedding rotary, Tensor positions, Tensor? mask, IReadOnlyList<AttentionCache>? cache)
    {
        using var scope = NewDisposeScope();
        var (cos, sin) = rotary.Compute(positions);                        // (B, 1, T, D)
        var h = _embedTokens.forward(inputIds);                            // (B, T, C)
        for (var i = 0; i < _layers.Count; i++)
        {
            h = _layers[i].Forward(h, rotary, cos, sin, mask, cache?[i]);
        }
        return _norm.forward(h).MoveToOuterDisposeScope();                  // (B, T, C)
    }
}
