namespace LangGap.Cli.Tests;

/// <summary>Commands that run TorchSharp share one native runtime and two cores: their tests run one at a time.</summary>
[CollectionDefinition("Torch", DisableParallelization = true)]
public sealed class TorchCliCollection;
