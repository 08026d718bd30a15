namespace LangGap.Safety.Reporting;

/// <summary>One rate of the language × category × global/local table: k of n generations, with a Wilson 95% interval.</summary>
/// <param name="Model">The model id.</param>
/// <param name="Scorer">The safety scorer (<c>harm-judge</c>, <c>refusal</c>, <c>profanity</c>).</param>
/// <param name="Language">The language tag, or <c>all</c>.</param>
/// <param name="Category">A harm category, or <c>all</c>.</param>
/// <param name="Scope"><c>global</c>, <c>local</c>, or <c>all</c>.</param>
/// <param name="Count">k: generations scored 1 (harmful, refused, profane).</param>
/// <param name="N">n: generations scored.</param>
/// <param name="Unscored">Generations the scorer could not score (excluded from n).</param>
/// <param name="Rate">k / n, or null when n is 0.</param>
/// <param name="Lower">Lower end of the Wilson 95% interval, or null.</param>
/// <param name="Upper">Upper end of the Wilson 95% interval, or null.</param>
public sealed record SafetyCell(string Model, string Scorer, string Language, string Category, string Scope, int Count, int N, int Unscored, double? Rate, double? Lower, double? Upper);
