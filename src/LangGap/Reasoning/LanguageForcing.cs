using LangGap.Languages;

namespace LangGap.Reasoning;

/// <summary>What language forcing adds to one request: the ignore string of extensions, a thinking prefix and a system line.</summary>
/// <param name="IgnoreString">Appended at each extension ("Wait" or its translation).</param>
/// <param name="ThinkingPrefix">Opens the thinking, or <see langword="null"/>.</param>
/// <param name="SystemLine">A system message in front of the query, or <see langword="null"/>.</param>
public sealed record LanguageForcing(string IgnoreString, string? ThinkingPrefix, string? SystemLine)
{
    /// <summary>No forcing: the English "Wait", no prefix, no system line.</summary>
    public static LanguageForcing None { get; } = new("Wait", null, null);

    /// <summary>The forcing of <paramref name="mode"/> towards <paramref name="reasoningLanguage"/>.</summary>
    /// <exception cref="InvalidInputException">The mode needs phrases the table does not have for the language.</exception>
    public static LanguageForcing Of(ForcingMode mode, LanguageTag reasoningLanguage)
    {
        ArgumentNullException.ThrowIfNull(reasoningLanguage);
        if (mode == ForcingMode.None)
        {
            return None;
        }
        var phrase = ForcingPhrases.For(reasoningLanguage);
        return mode switch
        {
            ForcingMode.Wait => new LanguageForcing(phrase.Wait, null, null),
            ForcingMode.Prefix => new LanguageForcing("Wait", phrase.ThinkingPrefix, null),
            ForcingMode.System => new LanguageForcing("Wait", null, phrase.SystemLine),
            _ => new LanguageForcing(phrase.Wait, phrase.ThinkingPrefix, phrase.SystemLine),
        };
    }
}
