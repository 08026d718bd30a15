using LangGap.Identification;

namespace LangGap.Synthesis.Translation;

/// <summary>How <see cref="PromptTranslator"/> asks and checks.</summary>
public sealed record TranslationSettings
{
    /// <summary>The longest translation in tokens (default 256).</summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>The run seed (recorded; translation is greedy).</summary>
    public long Seed { get; init; }

    /// <summary>Translations in flight at once (default 4).</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>The language identifier that checks translations; the embedded lid.176 when <see langword="null"/>.</summary>
    public LanguageIdentifier? Identifier { get; init; }

    /// <summary>The name of the prompt source recorded in the run's settings.</summary>
    public string Source { get; init; } = "prompts";
}
