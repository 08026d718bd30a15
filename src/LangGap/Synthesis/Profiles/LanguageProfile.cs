namespace LangGap.Synthesis.Profiles;

/// <summary>The attribute summaries of one language's rows.</summary>
/// <param name="Language">The language tag.</param>
/// <param name="Rows">The number of rows.</param>
/// <param name="Attributes">One summary per attribute, in the order asked.</param>
public sealed record LanguageProfile(string Language, int Rows, IReadOnlyList<AttributeSummary> Attributes);
