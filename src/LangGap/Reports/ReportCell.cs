namespace LangGap.Reports;

/// <summary>One model's result on one language for one task's scorer.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer's label (see <see cref="ReportScorer.Label"/>).</param>
/// <param name="ScorerKey">The scorer's identity key (see <see cref="RunReport.Scorers"/> for its descriptor).</param>
/// <param name="Model">The model id.</param>
/// <param name="Language">The language tag.</param>
/// <param name="Count">Scored generations (unscored ones excluded).</param>
/// <param name="Unscored">Generations the scorer could not score.</param>
/// <param name="Mean">The mean score, or <see langword="null"/> when nothing was scored.</param>
/// <param name="Lower">The lower end of the 95% interval over prompts, or <see langword="null"/> when it cannot be given.</param>
/// <param name="Upper">The upper end of the 95% interval, or <see langword="null"/>.</param>
/// <param name="Interval">How the interval was made, from the scorer's kind: <c>wilson</c> (binary), <c>t</c> (graded, ordinal, or binary with k generations per prompt), or <c>none</c>.</param>
/// <param name="CorpusScore">For scorers with a corpus hook (chrF, BLEU): the corpus score from summed segment statistics (what sacrebleu prints), else <see langword="null"/>.</param>
public sealed record ReportCell(string Task, string Scorer, string ScorerKey, string Model, string Language, int Count, int Unscored, double? Mean,
    double? Lower, double? Upper, string Interval, double? CorpusScore);
