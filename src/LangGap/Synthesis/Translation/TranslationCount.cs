namespace LangGap.Synthesis.Translation;

/// <summary>What became of the prompts asked for one target language.</summary>
/// <param name="Language">The target language tag.</param>
/// <param name="Native">Prompts already in the language, kept as they are.</param>
/// <param name="Asked">Prompts sent for translation.</param>
/// <param name="Kept">Translations language identification placed in the target language.</param>
/// <param name="WrongLanguage">Translations identified as another language: rejected.</param>
/// <param name="Unsure">Translations too short or too mixed to identify: rejected.</param>
/// <param name="Failed">Translation calls that failed: no prompt.</param>
public sealed record TranslationCount(string Language, int Native, int Asked, int Kept, int WrongLanguage, int Unsure, int Failed)
{
    /// <summary>Translations rejected for their language (wrong or unsure).</summary>
    public int Rejected => WrongLanguage + Unsure;
}
