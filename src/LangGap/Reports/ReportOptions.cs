using LangGap.Reports.Coverage;
using LangGap.Statistics;

namespace LangGap.Reports;

/// <summary>How a report tests and corrects.</summary>
public sealed record ReportOptions
{
    /// <summary>The multiple-comparison correction over a scorer's tests (default Holm).</summary>
    public PValueCorrection Correction { get; init; } = PValueCorrection.Holm;

    /// <summary>Bootstrap resamples per paired test (default 1,000).</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>The bootstrap seed (default 12345, sacrebleu's).</summary>
    public ulong Seed { get; init; } = 12345;

    /// <summary>Generations shown per task, language and model in the examples (default 1).</summary>
    public int ExamplesPerLanguage { get; init; } = 1;

    /// <summary>The suite's languages (resource class, prompt origin), or <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<Evaluation.Suites.SuiteLanguage>? SuiteLanguages { get; init; }

    /// <summary>The language gaps are measured against: a tag, <c>none</c>, or <see langword="null"/> (default) for English when the run has English and none otherwise.</summary>
    public string? ReferenceLanguage { get; init; }

    /// <summary>The suite's name, or <see langword="null"/>.</summary>
    public string? SuiteName { get; init; }

    /// <summary>Score thresholds for coverage: which languages a model serves at that level, and how many people speak them (none by default).</summary>
    public IReadOnlyList<CoverageThreshold> Thresholds { get; init; } = [];
}
