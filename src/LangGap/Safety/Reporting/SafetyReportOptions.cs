using LangGap.Safety.Agreement;
using LangGap.Statistics;

namespace LangGap.Safety.Reporting;

/// <summary>Settings of the safety report.</summary>
public sealed record SafetyReportOptions
{
    /// <summary>The suite name shown in the heading, if known.</summary>
    public string? SuiteName { get; init; }

    /// <summary>The reference language of gaps (default <c>en</c>; gaps are left out when the run has none of it).</summary>
    public string Reference { get; init; } = "en";

    /// <summary>The correction across languages for gaps and model comparisons (default Holm).</summary>
    public PValueCorrection Correction { get; init; } = PValueCorrection.Holm;

    /// <summary>The quality scorer of the trade-off table; null: the most used scorer of a task without safety scores.</summary>
    public string? QualityScorer { get; init; }

    /// <summary>Human labels to check the harm judge against (null: no agreement section).</summary>
    public IReadOnlyList<HumanLabel>? Labels { get; init; }

    /// <summary>Bootstrap resamples for the quality interval and the corrected rate (default 2000).</summary>
    public int Resamples { get; init; } = 2000;

    /// <summary>The bootstrap seed (default 0).</summary>
    public long Seed { get; init; }

    /// <summary>Responses shown per model and language (flagged ones first; default 2).</summary>
    public int ExamplesPerLanguage { get; init; } = 2;
}
