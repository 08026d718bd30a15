using System.Globalization;
using LangGap.Identification;

namespace LangGap.Tests.Identification;

/// <summary>Predictions against fastText 0.9.2's own <c>predict-prob</c> output.</summary>
public class FastTextParityTests
{
    private const double Tolerance = 1e-5;

    private static string Copied(string relative) => Path.Combine(AppContext.BaseDirectory, "Reference", "fasttext", relative);

    [Fact]
    public void Identify_ReferenceSentencesWithLid176_MatchFastTextOnEveryLine()
    {
        AssertMatches(LanguageIdentifier.Default, Copied("sentences.txt"), Copied("predictions_k3.txt"), 3, 0.0);
    }

    [ReferenceFact("fasttext/sentences.txt", "fasttext/predictions_k3.txt")]
    public void Identify_SharedReferenceFolder_MatchesFastTextOnEveryLine()
    {
        AssertMatches(LanguageIdentifier.Default, ReferenceData.PathOf("fasttext/sentences.txt"), ReferenceData.PathOf("fasttext/predictions_k3.txt"), 3, 0.0);
    }

    [Theory]
    [InlineData("softmax.bin")]
    [InlineData("ova.bin")]
    [InlineData("hs.bin")]
    [InlineData("sq.ftz")]
    public void Identify_TinyModelsOfEveryLayout_MatchFastText(string model)
    {
        var identifier = LanguageIdentifier.Load(Copied(Path.Combine("tiny", model)));

        AssertMatches(identifier, Copied("sentences.txt"), Copied(Path.Combine("tiny", model + ".k3.txt")), 3, 0.0);
    }

    [Fact]
    public void Identify_KAndThreshold_MatchFastText()
    {
        var identifier = LanguageIdentifier.Load(Copied("tiny/hs.bin"));

        AssertMatches(identifier, Copied("sentences.txt"), Copied("tiny/hs.bin.k5-t0.01.txt"), 5, 0.01);
    }

    [Fact]
    public void IdentifyBatch_AllCores_SameAsOneByOne()
    {
        var lines = File.ReadAllLines(Copied("sentences.txt"));
        var many = Enumerable.Repeat(lines, 5).SelectMany(l => l).ToArray();

        var batch = LanguageIdentifier.Default.IdentifyBatch(many, k: 2);

        for (var i = 0; i < many.Length; i++)
        {
            Assert.Equal(LanguageIdentifier.Default.Identify(many[i], 2), batch[i]);
        }
    }

    private static void AssertMatches(LanguageIdentifier identifier, string sentencesPath, string expectedPath, int k, double threshold)
    {
        var sentences = File.ReadAllLines(sentencesPath);
        var expected = File.ReadAllLines(expectedPath);
        Assert.Equal(sentences.Length, expected.Length);
        for (var line = 0; line < sentences.Length; line++)
        {
            var fields = expected[line].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var actual = identifier.Identify(sentences[line], k, threshold);
            Assert.True(fields.Length / 2 == actual.Count, $"line {line + 1}: expected {fields.Length / 2} predictions, got {actual.Count}");
            for (var j = 0; j < actual.Count; j++)
            {
                Assert.Equal(fields[2 * j]["__label__".Length..], actual[j].Label);
                var probability = double.Parse(fields[2 * j + 1], CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(probability - actual[j].Probability) <= Tolerance,
                    $"line {line + 1}, prediction {j + 1}: fastText {probability}, LangGap {actual[j].Probability}");
            }
        }
    }
}
