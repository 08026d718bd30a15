namespace LangGap.Cli.Commands.Synthesis;

/// <summary>What a steer run did, printed above its profile.</summary>
internal sealed record SteerHeader(int Prompts, int Models, int K, int Selected, string Objective, string Output, string? Baseline);
