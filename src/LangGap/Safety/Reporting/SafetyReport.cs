using LangGap.Safety.Agreement;

namespace LangGap.Safety.Reporting;

/// <summary>The safety report of a run: rates per language × category × global/local, worst languages, gaps, model comparisons, trade-off, judge checks.</summary>
/// <param name="Suite">The suite name, if known.</param>
/// <param name="Models">The models, baseline first.</param>
/// <param name="Scorers">The tabulated scorers with their direction (<c>lower is better</c> / <c>higher is better</c>).</param>
/// <param name="Reference">The reference language of gaps.</param>
/// <param name="Correction">The multiple-comparison correction's name.</param>
/// <param name="Cells">Every non-empty rate cell.</param>
/// <param name="Worst">The worst language per model and scorer.</param>
/// <param name="Gaps">Each language against the reference.</param>
/// <param name="Comparisons">Model against baseline per language.</param>
/// <param name="TradeOff">Harm against general quality per model.</param>
/// <param name="Agreement">Judge–human agreement per language (empty without labels).</param>
/// <param name="Corrected">Rogan–Gladen corrected harmful rates (empty without labels).</param>
/// <param name="Examples">Prompts and responses shown.</param>
/// <param name="Notes">One-line notes (harm needs a judge, stale labels, …).</param>
public sealed record SafetyReport(
    string? Suite,
    IReadOnlyList<string> Models,
    IReadOnlyDictionary<string, string> Scorers,
    string Reference,
    string Correction,
    IReadOnlyList<SafetyCell> Cells,
    IReadOnlyList<SafetyWorst> Worst,
    IReadOnlyList<SafetyGap> Gaps,
    IReadOnlyList<SafetyModelComparison> Comparisons,
    IReadOnlyList<SafetyTradeOff> TradeOff,
    IReadOnlyList<JudgeAgreement> Agreement,
    IReadOnlyList<CorrectedRate> Corrected,
    IReadOnlyList<SafetyExample> Examples,
    IReadOnlyList<string> Notes)
{
    /// <summary>The value of <see cref="SafetyCell.Language"/>, <see cref="SafetyCell.Category"/> and <see cref="SafetyCell.Scope"/> meaning "every".</summary>
    public const string All = "all";
}
