namespace LangGap.Torch.Modules;

/// <summary>One transformer block: pre-norm attention then MLP (Llama, Qwen2), or both in parallel from one norm (Cohere).</summary>
internal sealed class DecoderLayer : nn.Module
{
    [ComponentName(Name = "input_layernorm")]
    private readonly nn.Module<Tensor, Tensor> _inputLayerNorm;
    [ComponentName(Name = "self_attn")]
    private readonly Attention _selfAttn;
    [ComponentName(Name = "post_attention_layernorm")]
    private readonly RmsNorm? _postAttentionLayerNorm;
    [ComponentName(Name = "mlp")]
    private readonly Mlp _mlp;

    public DecoderLayer(TransformerConfig config) : base(nameof(DecoderLayer))
    {
        var parallel = config.Architecture == Architecture.Cohere;
        _inputLayerNorm = parallel
            ? new CohereLayerNorm(config.HiddenSize, config.NormEps)
            : new RmsNorm(config.HiddenSize, config.NormEps);
        _selfAttn = new Attention(config);
        _postAttentionLayerNorm = parallel ? null : new RmsNorm(config.HiddenSize, config.NormEps);
        _mlp = new Mlp(config);
        RegisterComponents();
    }

    // x: (B, T, C) residual stream; cos, sin: (B, 1, T, D); mask: (B, 1, T, S) or null.
    public Tensor Forward(Tensor x, RotaryEmbedding rotary, Tensor cos, Tensor sin, Tensor? mask, AttentionCache? cache)
    {
        using var scope = NewDisposeScope();
        var normed = _inputLayerNorm.forward(x);                                          // (B, T, C)
        var attended = _selfAttn.Forward(normed, rotary, cos, sin, mask, cache);          // (B, T, C)
        if (_postAttentionLayerNorm is null)
        {
            return (x + attended + _mlp.forward(normed)).MoveToOuterDisposeScope();       // (B, T, C)
        }
        var h = x + attended;                                                             // (B, T, C)
        return (h + _mlp.forward(_postAttentionLayerNorm.forward(h))).MoveToOuterDisposeScope();
    }
}
