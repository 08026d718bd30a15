namespace LangGap.Reasoning;

/// <summary>The settings of one budget-forced generation (s1's budget forcing).</summary>
public sealed record BudgetForcingOptions
{
    /// <summary>The thinking budget in tokens (0: no thinking, the answer is asked for at once).</summary>
    public int Budget { get; init; } = 1000;

    /// <summary>How many times an early end of thinking is replaced by the ignore string (0: truncation only).</summary>
    public int Ignore { get; init; }

    /// <summary>Language forcing: ignore string, thinking prefix (the system line belongs to the messages).</summary>
    public LanguageForcing Forcing { get; init; } = LanguageForcing.None;

    /// <summary>The most tokens of the answer phase.</summary>
    public int AnswerMaxTokens { get; init; } = 64;

    /// <summary>Sampling temperature; 0 (the default, as in s1) decodes greedily.</summary>
    public double Temperature { get; init; }

    /// <summary>The sampling seed.</summary>
    public long Seed { get; init; }

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Budget < 0) problems.Add($"The thinking budget must be 0 or more tokens, not {Budget}.");
        if (Ignore < 0) problems.Add($"The number of extensions must be 0 or more, not {Ignore}.");
        if (AnswerMaxTokens < 1) problems.Add($"The answer needs at least 1 token, not {AnswerMaxTokens}.");
        if (Temperature < 0) problems.Add($"The temperature must be 0 or more, not {Temperature}.");
        if (string.IsNullOrEmpty(Forcing.IgnoreString)) problems.Add("The ignore string must not be empty.");
        return problems;
    }
}
