namespace LangGap.Torch.Tests;

/// <summary>TorchSharp tests share one native runtime and two cores: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection
{
    public const string Name = "Torch";
}
