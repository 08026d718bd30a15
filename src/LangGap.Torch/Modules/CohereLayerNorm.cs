namespace LangGap.Torch.Modules;

/// <summary>Cohere's LayerNorm: subtracts the mean, divides by the standard deviation, multiplies by a gain; no bias.</summary>
internal sealed class CohereLayerNorm : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "weight")]
    private readonly Parameter _weight;
    private readonly double _eps;

    public CohereLayerNorm(int size, double eps) : base(nameof(CohereLayerNorm))
    {
        _weight = new Parameter(ones(size));
        _eps = eps;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) =>
        nn.functional.layer_norm(x, [x.shape[^1]], _weight, null, _eps);   // (…, C)
}
