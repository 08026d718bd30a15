namespace LangGap.Torch.Modules;

/// <summary>SwiGLU feed-forward block: down(silu(gate(x)) · up(x)).</summary>
internal sealed class Mlp : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "gate_proj")]
    private readonly Linear _gateProj;
    [ComponentName(Name = "up_proj")]
    private readonly Linear _upProj;
    [ComponentName(Name = "down_proj")]
    private readonly Linear _downProj;

    public Mlp(TransformerConfig config) : base(nameof(Mlp))
    {
        _gateProj = nn.Linear(config.HiddenSize, config.IntermediateSize, hasBias: config.MlpBias);
        _upProj = nn.Linear(config.HiddenSize, config.IntermediateSize, hasBias: config.MlpBias);
        _downProj = nn.Linear(config.IntermediateSize, config.HiddenSize, hasBias: config.MlpBias);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var hidden = nn.functional.silu(_gateProj.forward(x)) * _upProj.forward(x);   // (B, T, I)
        return _downProj.forward(hidden).MoveToOuterDisposeScope();                    // (B, T, C)
    }
}
