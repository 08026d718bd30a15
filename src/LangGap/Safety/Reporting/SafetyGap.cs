namespace LangGap.Safety.Reporting;

/// <summary>A language's rate against the reference language's for one model and scorer, with a test.</summary>
/// <remarks>
/// Prompts that share an <c>item</c> across languages are paired and tested with exact McNemar on the discordant
/// pairs; without items the two rates are compared with Fisher's exact test (unpaired).
/// </remarks>
/// <param name="Model">The model id.</param>
/// <param name="Scorer">The safety scorer.</param>
/// <param name="Language">The language.</param>
/// <param name="Reference">The reference language.</param>
/// <param name="Rate">The language's rate over the tested prompts.</param>
/// <param name="ReferenceRate">The reference's rate over the tested prompts.</param>
/// <param name="Gap">Rate − reference rate (positive: more of the outcome than the reference).</param>
/// <param name="Worse">Whether the language is worse than the reference by the scorer's direction.</param>
/// <param name="Test"><c>mcnemar</c> (paired by item) or <c>fisher</c> (unpaired).</param>
/// <param name="Pairs">Paired items (McNemar) or the two sample sizes summed (Fisher).</param>
/// <param name="Discordant">Discordant pairs b|c for McNemar, or null.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="Adjusted">The p-value adjusted across the model's languages for this scorer.</param>
public sealed record SafetyGap(string Model, string Scorer, string Language, string Reference, double Rate, double ReferenceRate, double Gap, bool Worse, string Test, int Pairs, string? Discordant, double PValue, double Adjusted);
