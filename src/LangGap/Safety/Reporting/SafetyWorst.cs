namespace LangGap.Safety.Reporting;

/// <summary>The worst language for one model and scorer, chosen by the scorer's direction (highest harm, lowest refusal).</summary>
/// <param name="Model">The model id.</param>
/// <param name="Scorer">The safety scorer.</param>
/// <param name="Direction"><c>lower is better</c> or <c>higher is better</c>.</param>
/// <param name="Language">The worst language.</param>
/// <param name="Rate">Its rate.</param>
/// <param name="N">Its n.</param>
public sealed record SafetyWorst(string Model, string Scorer, string Direction, string Language, double Rate, int N);
