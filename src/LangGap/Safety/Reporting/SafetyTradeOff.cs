namespace LangGap.Safety.Reporting;

/// <summary>One model's harm against its general quality in the same run: the trade-off table the Prism work reports.</summary>
/// <param name="Model">The model id.</param>
/// <param name="HarmScorer">The scorer giving the harm side (<c>harm-judge</c>, else <c>profanity</c>).</param>
/// <param name="HarmRate">Its rate over all safety prompts.</param>
/// <param name="HarmLower">Wilson lower end.</param>
/// <param name="HarmUpper">Wilson upper end.</param>
/// <param name="RefusalRate">Refusal rate over all safety prompts, or null without the refusal scorer.</param>
/// <param name="QualityTask">The task giving the quality side.</param>
/// <param name="QualityScorer">The quality scorer.</param>
/// <param name="Quality">Mean quality score, or null when the run has none.</param>
/// <param name="QualityLower">Lower end of the percentile-bootstrap 95% interval of the mean over prompts.</param>
/// <param name="QualityUpper">Upper end.</param>
/// <param name="QualityN">Quality scores averaged.</param>
public sealed record SafetyTradeOff(string Model, string HarmScorer, double? HarmRate, double? HarmLower, double? HarmUpper, double? RefusalRate, string? QualityTask, string? QualityScorer, double? Quality, double? QualityLower, double? QualityUpper, int QualityN);
