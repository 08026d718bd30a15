namespace LangGap.Torch.Modules;

/// <summary>Root-mean-square normalisation with a learned gain (Llama, Qwen2).</summary>
internal sealed class RmsNorm : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "weight")]
    private readonly Parameter _weight;
    private readonly double _eps;

    public RmsNorm(int size, double eps) : base(nameof(RmsNorm))
    {
        _weight = new Parameter(ones(size));
        _eps = eps;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var variance = x.pow(2).mean([-1], keepdim: true);          // (…, 1)
        var normalised = x * rsqrt(variance + _eps);                 // (…, C)
        return (_weight * normalised).MoveToOuterDisposeScope();      // (…, C)
    }
}
