using LangGap.Reports.Coverage;

namespace LangGap.Reports;

/// <summary>Everything a report shows about a run: per-language results with intervals, gaps, comparisons and how they were made.</summary>
/// <param name="RunIds">The runs in the store.</param>
/// <param name="Scorers">Every scorer of the run with its descriptor (cells, gaps and tests refer to them by key).</param>
/// <param name="Cells">Per model × language × task scorer results.</param>
/// <param name="Gaps">Per model × task scorer language-gap summaries.</param>
/// <param name="Comparisons">Paired tests per language for every pair of models (empty with one model; a language with fewer than two prompts scored for both models has none).</param>
/// <param name="WinRates">Judge win rates for every pair of models (empty without a judge scorer or with one model).</param>
/// <param name="Transparency">How the numbers were made.</param>
/// <param name="Examples">A few stored generations per task and language, for reading.</param>
public sealed record RunReport(IReadOnlyList<string> RunIds, IReadOnlyList<ReportScorer> Scorers, IReadOnlyList<ReportCell> Cells, IReadOnlyList<ReportGap> Gaps,
    IReadOnlyList<ReportComparison> Comparisons, IReadOnlyList<ReportWinRate> WinRates, ReportTransparency Transparency, IReadOnlyList<ReportExample> Examples)
{
    /// <summary>Pairwise-judge win rates per task, judge, language and model against the baseline (empty without pairwise verdicts).</summary>
    public IReadOnlyList<ReportPairwise> Pairwise { get; init; } = [];

    /// <summary>Every language tested against the reference language, per model and task scorer, paired over parallel items (empty without a reference).</summary>
    public IReadOnlyList<ReportReferenceTest> ReferenceTests { get; init; } = [];

    /// <summary>Who the evaluated languages serve: speakers, shares of the world, by resource class and at thresholds.</summary>
    public ReportCoverage? Coverage { get; init; }

    /// <summary>The scorer with identity key <paramref name="key"/>.</summary>
    public ReportScorer Scorer(string key) => Scorers.First(s => s.Key == key);
}
