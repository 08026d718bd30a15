namespace LangGap.Torch.Modules;

/// <summary>Multi-head self-attention with grouped key/value heads, RoPE and an optional key/value cache.</summary>
internal sealed class Attention : nn.Module
{
    [ComponentName(Name = "q_proj")]
    private readonly Linear _qProj;
    [ComponentName(Name = "k_proj")]
    private readonly Linear _kProj;
    [ComponentName(Name = "v_proj")]
    private readonly Linear _vProj;
    [ComponentName(Name = "o_proj")]
    private readonly Linear _oProj;
    private readonly int _heads;
    private readonly int _kvHeads;
    private readonly int _headDim;

    public Attention(TransformerConfig config) : base(nameof(Attention))
    {
        _heads = config.NumHeads;
        _kvHeads = config.NumKeyValueHeads;
        _headDim = config.HeadDim;
        _qProj = nn.Linear(config.HiddenSize, _heads * _headDim, hasBias: config.QkvBias);
        _kProj = nn.Linear(config.HiddenSize, _kvHeads * _headDim, hasBias: config.QkvBias);
        _vProj = nn.Linear(config.HiddenSize, _kvHeads * _headDim, hasBias: config.QkvBias);
        _oProj = nn.Linear(_heads * _headDim, config.HiddenSize, hasBias: config.OutputBias);
        RegisterComponents();
    }

    /// <param name="x">(B, T, C) normalised hidden states.</param>
    /// <param name="rotary">Position embedding shared by all layers.</param>
    /// <param name="cos">(B, 1, T, D) cosines for the T new positions.</param>
    /// <param name="sin">(B, 1, T, D) sines.</param>
    /// <param name="mask">(B, 1, T, S) true where a query may attend a key, or null for plain causal attention.</param>
    /// <param name="cache">This layer's cache, or null.</param>
    public Tensor Forward(Tensor x, RotaryEmbedding rotary, Tensor cos, Tensor sin, Tensor? mask, AttentionCache? cache)
    {
        using var scope = NewDisposeScope();
        var (b, t) = (x.shape[0], x.shape[1]);
        var q = _qProj.forward(x).view(b, t, _heads, _headDim).transpose(1, 2);      // (B, H, T, D)
        var k = _kProj.forward(x).view(b, t, _kvHeads, _headDim).transpose(1, 2);    // (B, Hkv, T, D)
        var v = _vProj.forward(x).view(b, t, _kvHeads, _headDim).transpose(1, 2);    // (B, Hkv, T, D)
        q = rotary.Apply(q, cos, sin);
        k = rotary.Apply(k, cos, sin);
        var past = cache?.Length ?? 0;
        if (cache is not null)
        {
            (k, v) = cache.Append(k, v);                                             // (B, Hkv, S, D)
        }
        Tensor y;
        if (t == 1)
        {
            // One new token attends every cached key. The query heads sharing a key/value head attend as one group,
            // so keys and values are read in place rather than copied once per query head.
            var grouped = q.reshape(b, _kvHeads, _heads / _kvHeads, _headDim);                       // (B, Hkv, G, D)
            y = nn.functional.scaled_dot_product_attention(grouped, k, v, mask);                       // (B, Hkv, G, D)
            y = y.reshape(b, 1, _heads * _headDim);                                                      // (B, 1, H·D)
            return _oProj.forward(y).MoveToOuterDisposeScope();                                          // (B, 1, C)
        }
        if (_kvHeads != _heads)
        {
            k = k.repeat_interleave(_heads / _kvHeads, dim: 1);                      // (B, H, S, D)
            v = v.repeat_interleave(_heads / _kvHeads, dim: 1);
        }
        // Several new tokens: the causal flag when nothing is cached and nothing padded, otherwise the explicit mask.
        var causal = mask is null && past == 0;
        y = nn.functional.scaled_dot_product_attention(q, k, v, mask, is_casual: causal);   // (B, H, T, D)
        y = y.transpose(1, 2).reshape(b, t, _heads * _headDim);                       // (B, T, H·D)
        return _oProj.forward(y).MoveToOuterDisposeScope();                            // (B, T, C)
    }
}
