namespace LangGap.Torch.Modules;

/// <summary>Rotary position embedding: rotates pairs of query/key channels by position-dependent angles.</summary>
/// <remarks>Llama and Qwen2 pair channel i with i + D/2 ("rotate half"); Cohere pairs neighbours 2i and 2i+1.
/// Frequencies are computed in float32 exactly as transformers does, so logits match to 1e-6.</remarks>
internal sealed class RotaryEmbedding : IDisposable
{
    private readonly Tensor _invFreq;   // (D/2)
    private readonly bool _interleaved;

    public RotaryEmbedding(TransformerConfig config)
    {
        _interleaved = config.Architecture == Architecture.Cohere;
        using var scope = NewDisposeScope();
        var exponents = arange(0, config.HeadDim, 2, dtype: ScalarType.Int64).to(ScalarType.Float32) / config.HeadDim;
        var invFreq = 1.0 / pow(config.RopeTheta, exponents);
        if (config.RopeScaling is { } scaling)
        {
            invFreq = ScaleLlama3(invFreq, scaling);
        }
        _invFreq = invFreq.DetachFromDisposeScope();
    }

    /// <summary>Cosines and sines for <paramref name="positions"/> (B, T), shaped (B, 1, T, D) to broadcast over heads.</summary>
    public (Tensor Cos, Tensor Sin) Compute(Tensor positions)
    {
        using var scope = NewDisposeScope();
        var freqs = positions.to(ScalarType.Float32).unsqueeze(-1) * _invFreq;                          // (B, T, D/2)
        var angles = _interleaved ? freqs.repeat_interleave(2, dim: -1) : cat([freqs, freqs], dim: -1);  // (B, T, D)
        var cos = angles.cos().unsqueeze(1);                                                             // (B, 1, T, D)
        var sin = angles.sin().unsqueeze(1);                                                             // (B, 1, T, D)
        return (cos.MoveToOuterDisposeScope(), sin.MoveToOuterDisposeScope());
    }

    /// <summary>Rotates <paramref name="x"/> (B, H, T, D).</summary>
    public Tensor Apply(Tensor x, Tensor cos, Tensor sin)
    {
        using var scope = NewDisposeScope();
        return (x * cos + RotateHalf(x) * sin).MoveToOuterDisposeScope();   // (B, H, T, D)
    }

    private Tensor RotateHalf(Tensor x)
    {
        var d = x.shape[^1];
        if (_interleaved)
        {
            var pairs = x.unflatten(x.dim() - 1, [d / 2, 2]);                          // (B, H, T, D/2, 2)
            var even = pairs.select(-1, 0);
            var odd = pairs.select(-1, 1);
            return stack([-odd, even], dim: -1).flatten(-2);                   // (B, H, T, D)
        }
        var first = x.narrow(-1, 0, d / 2);
        var second = x.narrow(-1, d / 2, d / 2);
        return cat([-second, first], dim: -1);                                 // (B, H, T, D)
    }

    private static Tensor ScaleLlama3(Tensor invFreq, Llama3RopeScaling s)
    {
        var oldContext = (double)s.OriginalMaxPositionEmbeddings;
        var lowFreqWavelen = oldContext / s.LowFreqFactor;
        var highFreqWavelen = oldContext / s.HighFreqFactor;
        var wavelen = 2 * Math.PI / invFreq;
        var scaled = where(wavelen > lowFreqWavelen, invFreq / s.Factor, invFreq);
        var smooth = (oldContext / wavelen - s.LowFreqFactor) / (s.HighFreqFactor - s.LowFreqFactor);
        var smoothed = (1 - smooth) * scaled / s.Factor + smooth * scaled;
        var medium = (wavelen >= highFreqWavelen).logical_and(wavelen <= lowFreqWavelen);
        return where(medium, smoothed, scaled);
    }

    public void Dispose() => _invFreq.Dispose();
}
