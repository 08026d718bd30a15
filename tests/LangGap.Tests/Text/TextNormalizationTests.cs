using System.Text;
using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Identification;
using LangGap.Languages;
using LangGap.Text;

namespace LangGap.Tests.Text;

public sealed class TextNormalizationTests
{
    // "I like films a lot and go to the cinema every week", with फ़ (U+095E) and ज़ (U+095B) precomposed, as some
    // keyboards type them; NFC and NFD both spell them as the letter followed by the nukta sign (U+093C).
    private const string Precomposed = "मुझे \u095Eिल्में \u095B्यादा पसंद हैं और मैं हर ह\u095E्ते सिनेमा जाता हूँ।";

    // "Tamil is spoken in Chennai", with ऴ (U+0934): NFC keeps it composed, NFD splits it into ळ + ◌़.
    private const string Composable = "चेन्नई में तमि\u0934 बोली जाती है और लोग उसे बहुत प्यार करते हैं।";

    private static readonly Dictionary<string, string> Sentences = new() { ["precomposed nukta"] = Precomposed, ["composable ऴ"] = Composable };

    // Named cases: xunit tells theory rows apart by their (truncated) display text, which canonically equivalent strings share.
    public static TheoryData<string, string> Spellings()
    {
        var data = new TheoryData<string, string>();
        foreach (var sentence in Sentences.Keys)
        {
            foreach (var form in new[] { "as typed", "NFC", "NFD" })
            {
                data.Add(sentence, form);
            }
        }
        return data;
    }

    private static (string Nfc, string Text) Spell(string sentence, string form)
    {
        var text = Sentences[sentence];
        var spelled = form switch
        {
            "NFC" => text.Normalize(NormalizationForm.FormC),
            "NFD" => text.Normalize(NormalizationForm.FormD),
            _ => text,
        };
        return (text.Normalize(NormalizationForm.FormC), spelled);
    }

    [Fact]
    public void Spellings_DifferInCodePoints()
    {
        Assert.NotEqual(Precomposed, Precomposed.Normalize(NormalizationForm.FormC));
        Assert.NotEqual(Composable.Normalize(NormalizationForm.FormC), Composable.Normalize(NormalizationForm.FormD));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void ToNfc_AnySpelling_GivesTheNfcForm(string sentence, string form)
    {
        var (nfc, text) = Spell(sentence, form);

        Assert.Equal(nfc, TextNormalization.ToNfc(text));
    }

    [Fact]
    public void ToNfc_TextBelowCombiningMarks_ReturnsTheSameInstance()
    {
        var text = "Grüße, déjà vu";

        Assert.Same(text, TextNormalization.ToNfc(text));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Identify_AnySpellingOfHindi_SameLabelsAndProbabilities(string sentence, string form)
    {
        var (nfc, text) = Spell(sentence, form);
        var expected = LanguageIdentifier.Default.Identify(nfc, k: 3);

        var actual = LanguageIdentifier.Default.Identify(text, k: 3);

        Assert.Equal("hi", actual[0].Label);
        Assert.Equal(expected.Select(p => (p.Label, p.Probability)), actual.Select(p => (p.Label, p.Probability)));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task ChrFScorer_OutputInAnySpelling_ScoresAsTheSameText(string sentence, string form)
    {
        var (_, output) = Spell(sentence, form);
        var sample = Sample.FromPrompt("s1", LanguageTag.Parse("hi"), "prompt", [Sentences[sentence].Normalize(NormalizationForm.FormD)]);

        var score = await ReferenceMetricScorer.ChrF().ScoreAsync(new ScoringInput(sample, "m", output), CancellationToken.None);

        Assert.Equal(100.0, score.Value);
    }
}
