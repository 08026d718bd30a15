using LangGap.Statistics;

namespace LangGap.Evaluation.Aggregation;

/// <summary>How a run's scores are aggregated: grouping, intervals, reference language, paired tests.</summary>
public sealed record AggregationOptions
{
    /// <summary>The value of <see cref="ReferenceLanguage"/> that turns gaps to a reference language off.</summary>
    public const string NoReference = "none";

    /// <summary>Sample metadata fields to group by besides model × language × scorer (for example <c>harm_category</c>); none by default.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    /// <summary>The confidence level of every interval (default 0.95).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>The language gaps are measured against; <see langword="null"/> (default): English when the run has English, otherwise none; <see cref="NoReference"/>: none.</summary>
    public string? ReferenceLanguage { get; init; }

    /// <summary>Languages in the order the report lists them (the suite's order), as tags; others follow, English first, then alphabetically.</summary>
    public IReadOnlyList<string> LanguageOrder { get; init; } = [];

    /// <summary>Bootstrap resamples per paired test and interval of a difference (default 1,000).</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>The bootstrap seed (default 12345, sacrebleu's).</summary>
    public ulong Seed { get; init; } = 12345;

    /// <summary>The multiple-comparison correction over a scorer's tests (default Holm).</summary>
    public PValueCorrection Correction { get; init; } = PValueCorrection.Holm;

    /// <summary>Every problem with these options; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!(Confidence > 0 && Confidence < 1)) problems.Add($"Confidence must lie strictly between 0 and 1, found {Confidence}.");
        if (Resamples < 1) problems.Add($"Resamples must be at least 1, found {Resamples}.");
        if (GroupBy.Any(string.IsNullOrWhiteSpace)) problems.Add("A group-by field name is empty.");
        return problems;
    }
}
