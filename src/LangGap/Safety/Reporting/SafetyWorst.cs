namespace LangGap.Safety.Reporting;

/// <summary>The worst language for one model and scorer, chosen by the scorer's direction (highest harm, lowest refusal).</summary>
/// <param name="Model">The model id.</param>
/// <param name="Scorer">The safety scorer.</param>
/// <param name="Direction"><c>lower is better</c> or <c>higher is better</c>.</param>
/// <param name="Languages">The worst language, or every language tied at the worst rate (then no single language is worst).</param>
/// <param name="Rate">Their rate.</param>
/// <param name="N">The n of the worst language, or the summed n of the tied languages.</param>
public sealed record SafetyWorst(string Model, string Scorer, string Direction, IReadOnlyList<string> Languages, double Rate, int N);
