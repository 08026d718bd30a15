namespace LangGap.Safety.Mixing;

/// <summary>How <see cref="SafetyMixWriter"/> mixes red-team prompts into general prompts.</summary>
public sealed record SafetyMixOptions
{
    /// <summary>The fraction of examples that are red-team prompts, in [0, 1] (the Prism experiments used 0, 0.15 and 1).</summary>
    public double Ratio { get; init; } = 0.15;

    /// <summary>The number of examples; null: the largest mix at <see cref="Ratio"/> that uses no prompt twice.</summary>
    public int? Size { get; init; }

    /// <summary>The seed of selection and order (default 0).</summary>
    public long Seed { get; init; }

    /// <summary>Whether safe replies to red-team prompts come from the teacher (when there is one) rather than the templates.</summary>
    public bool TeacherWritesSafeReplies { get; init; } = true;

    /// <summary>The longest teacher reply in tokens (default 256).</summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>Every problem with the options, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!(Ratio >= 0 && Ratio <= 1)) problems.Add($"--ratio must lie in [0, 1]; found {Ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        if (Size is < 1) problems.Add($"--size must be at least 1; found {Size}.");
        if (MaxTokens < 1) problems.Add($"--max-tokens must be at least 1; found {MaxTokens}.");
        return problems;
    }
}
