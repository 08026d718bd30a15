using LangGap.Languages;

namespace LangGap.Evaluation.Scoring;

/// <summary>Shared pieces of judge prompts.</summary>
internal static class JudgePrompts
{
    /// <summary>The English name of the language the answer should be in: <c>target_language</c> when the sample has it, else its language.</summary>
    public static string TargetLanguage(Sample sample)
    {
        var tag = sample.Metadata.TryGetValue("target_language", out var code) && LanguageTag.TryParse(code, out var parsed) ? parsed : sample.Language;
        return tag.Info.EnglishName;
    }
}
