using LangGap.Survey.Annotation;

namespace LangGap.Tests.Survey;

public sealed class PaperAnnotatorTests
{
    private readonly PaperAnnotator _annotator = new();

    [Theory]
    [InlineData("We evaluate the safety of LLMs on a new benchmark.", "english-only", "en", false)]
    [InlineData("We evaluate the safety of LLMs on English prompts.", "english-only", "en", true)]
    [InlineData("We build a Korean safety benchmark for chat models.", "non-english", "ko", true)]
    [InlineData("Safety of LLMs in German and Swahili.", "multilingual", "de;sw", true)]
    [InlineData("Safety of multilingual LLMs.", "multilingual", "", false)]
    [InlineData("Safety across 23 languages.", "multilingual", "", false)]
    [InlineData("We translate en-de and zh→en safety prompts.", "multilingual", "de;en;zh", true)]
    [InlineData("It is safe to say it-is no problem.", "none", "", false)]
    [InlineData("We study safety in non-English settings.", "multilingual", "", false)]
    [InlineData("We evaluate safety on MultiJail.", "multilingual", "ar;bn;en;it;jv;ko;sw;th;vi;zh", false)]
    [InlineData("We evaluate refusals on TruthfulQA.", "english-only", "en", false)]
    [InlineData("Safety of the Deutsch and français outputs.", "multilingual", "de;fr", true)]
    [InlineData("We study safety for Ho speakers in the Latin script.", "none", "", false)]
    public void Annotate_Abstract_GivesGroupLanguagesAndNamed(string abstractText, string group, string languages, bool named)
    {
        // Act
        var annotation = _annotator.Annotate(SurveyTestData.Paper("A safety study", abstractText));

        // Assert
        Assert.Equal(group, SurveyLabels.Name(annotation.Group));
        Assert.Equal(languages, string.Join(';', annotation.Languages));
        Assert.Equal(named, annotation.LanguageNamed);
    }

    [Fact]
    public void Annotate_NamedLanguage_KeepsItsSpanAsEvidence()
    {
        // Arrange
        const string text = "Safety of chat models in Swahili.";

        // Act
        var evidence = _annotator.Annotate(SurveyTestData.Paper("Title", text)).Evidence.Single(e => e.Kind == EvidenceKind.LanguageName);

        // Assert
        Assert.Equal(("sw", "abstract", 25, "Swahili"), (evidence.Value, evidence.Field, evidence.Start, evidence.Text));
        Assert.Equal("Swahili", text.Substring(evidence.Start, evidence.Text.Length));
        Assert.Equal("language sw=\"Swahili\"@abstract:25", evidence.ToString());
    }

    [Theory]
    [InlineData("Jailbreak attacks on aligned models", "We red-team LLMs for safety.", "jailbreaking")]
    [InlineData("Toxic language detection", "Safety of outputs: toxicity and hate speech.", "toxicity & bias")]
    [InlineData("Hallucination in summaries", "We study safe and faithful generation.", "factuality & hallucination")]
    [InlineData("Privacy leakage", "Safety and memorization of personal data.", "privacy")]
    [InlineData("Aligning chat models", "Safety via RLHF and refusal training.", "alignment")]
    [InlineData("AI regulation", "Safety governance for policymakers.", "policy")]
    [InlineData("Extracting adverse drug events", "Drug safety and pharmacovigilance from clinical notes.", "not safety")]
    public void Annotate_SubtopicRules_PickTheSubtopic(string title, string abstractText, string expected)
    {
        // Act
        var annotation = _annotator.Annotate(SurveyTestData.Paper(title, abstractText));

        // Assert
        Assert.Equal(expected, SurveyLabels.Name(annotation.Subtopic));
        Assert.Contains(annotation.Evidence, e => e.Kind == EvidenceKind.Subtopic && e.Value == expected);
    }
}
