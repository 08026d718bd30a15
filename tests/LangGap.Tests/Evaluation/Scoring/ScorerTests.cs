using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Statistics.Preference;
using LangGap.Tests.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Evaluation.Scoring;

public sealed class ReferenceMetricScorerTests
{
    private static ScoringInput Input(string output, params string[] references) =>
        new(Sample.FromPrompt("s1", LanguageTag.Parse("de"), "Translate", references), "m", output);

    [Fact]
    public async Task ScoreAsync_OutputEqualsReference_ChrFIs100WithStatistics()
    {
        var score = await ReferenceMetricScorer.ChrF().ScoreAsync(Input("Die Katze schläft.", "Die Katze schläft."), CancellationToken.None);

        Assert.Equal(100, score.Value!.Value, 9);
        Assert.Equal(18, score.Statistics!.Count);
        Assert.Contains("nc:6", score.Signature);
        Assert.Equal(new ReferenceMetricDetails(1), score.Details);
    }

    [Fact]
    public async Task ScoreAsync_PartialMatch_BleuBetweenZeroAndHundred()
    {
        var score = await ReferenceMetricScorer.Bleu().ScoreAsync(Input("the cat sat on a mat", "the cat sat on the mat"), CancellationToken.None);

        Assert.InRange(score.Value!.Value, 1, 99);
    }

    [Fact]
    public async Task ScoreAsync_NoReference_UnscoredNotZero()
    {
        var score = await ReferenceMetricScorer.ChrF().ScoreAsync(Input("anything"), CancellationToken.None);

        Assert.False(score.IsScored);
        Assert.Contains("no reference", score.UnscoredReason);
    }
}

public sealed class FidelityScorerTests
{
    private static ScoringInput Translation(string output) => new(Sample.FromPrompt("tr-de-008", LanguageTag.Parse("de"), "Translate to English: Ich trinke Wasser.", ["I drink water."],
        new Dictionary<string, string> { ["target_language"] = "en" }), "m", output);

    [Fact]
    public async Task ScoreAsync_OutputInTargetLanguage_One()
    {
        var score = await new FidelityScorer(languageField: "target_language").ScoreAsync(Translation("I drink a glass of water every single morning before work."), CancellationToken.None);

        Assert.Equal(1, score.Value);
    }

    [Fact]
    public async Task ScoreAsync_OutputInSampleLanguageNotTarget_Zero()
    {
        var score = await new FidelityScorer(languageField: "target_language").ScoreAsync(Translation("Ich trinke jeden Morgen vor der Arbeit ein Glas Wasser."), CancellationToken.None);

        Assert.Equal(0, score.Value);
    }

    [Fact]
    public void Settings_LidModel_HashOfTheModelFileSoAnotherModelIsAnotherKey()
    {
        // Arrange: lid.176 as shipped, another model, and lid.176's bytes loaded from a copy in another folder.
        using var directory = new TestDirectory();
        var shipped = Path.Combine(ReferenceData.RepositoryRoot, "assets", "models", "lid.176.ftz");
        var copy = directory.File("copy.ftz");
        File.Copy(shipped, copy);
        var other = Path.Combine(AppContext.BaseDirectory, "Reference", "fasttext", "tiny", "sq.ftz");

        // Act
        var embedded = ScorerIdentity.Of(new FidelityScorer());
        var copied = ScorerIdentity.Of(new FidelityScorer(LangGap.Identification.LanguageIdentifier.Load(copy)));
        var swapped = ScorerIdentity.Of(new FidelityScorer(LangGap.Identification.LanguageIdentifier.Load(other)));

        // Assert
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(shipped)));
        Assert.Contains($"\"lid_model\":\"sha256:{sha256}\"", embedded.SettingsJson, StringComparison.Ordinal);
        Assert.Equal(embedded.Key, copied.Key);
        Assert.NotEqual(embedded.Key, swapped.Key);
        Assert.DoesNotContain("copy.ftz", copied.SettingsJson, StringComparison.Ordinal);
    }
}

public sealed class JudgeScorerTests
{
    private static ScoringInput Input => new(Sample.FromPrompt("op-sw-1", LanguageTag.Parse("sw"), "Eleza jinsi ya kutengeneza chai."), "m", "Chemsha maji.");

    [Theory]
    [InlineData("Fluent and correct.\nScore: 4", 4)]
    [InlineData("score = 2", 2)]
    [InlineData("5", 5)]
    public async Task ScoreAsync_ReplyWithRating_ValueIsRating(string reply, double expected)
    {
        var judge = FakeChatClient.Answering(_ => reply);

        var score = await new JudgeScorer(judge, "judge-model").ScoreAsync(Input, CancellationToken.None);

        Assert.Equal(expected, score.Value);
        Assert.Equal("judge-model", Assert.IsType<JudgeDetails>(score.Details).Judge);
    }

    [Theory]
    [InlineData("I cannot rate this.")]
    [InlineData("Score: 7")]
    public async Task ScoreAsync_ReplyWithoutRating_UnscoredWithReason(string reply)
    {
        var score = await new JudgeScorer(FakeChatClient.Answering(_ => reply), "j").ScoreAsync(Input, CancellationToken.None);

        Assert.False(score.IsScored);
        Assert.Contains("no rating", score.UnscoredReason);
    }

    [Fact]
    public async Task ScoreAsync_JudgeFails_Unscored()
    {
        var judge = new FakeChatClient((_, _, _) => throw new HttpRequestException("down"));

        var score = await new JudgeScorer(judge, "j").ScoreAsync(Input, CancellationToken.None);

        Assert.False(score.IsScored);
        Assert.Contains("down", score.UnscoredReason);
    }

    [Fact]
    public async Task ScoreAsync_Always_TellsJudgeTheTargetLanguage()
    {
        string? seen = null;
        var judge = FakeChatClient.Answering(m => { seen = m[^1].Text; return "Score: 3"; });

        await new JudgeScorer(judge, "j").ScoreAsync(Input, CancellationToken.None);

        Assert.Contains("written in Swahili", seen);
    }
}

public sealed class PairwiseJudgeTests
{
    private static Sample Sample => Sample.FromPrompt("s", LanguageTag.Parse("hi"), "नमस्ते कहो", metadata: new Dictionary<string, string> { ["target_language"] = "hi" });

    [Fact]
    public async Task JudgeBothOrdersAsync_JudgeAlwaysPicksFirstShown_VerdictsDisagreeAfterMapping()
    {
        var judge = FakeChatClient.Answering(_ => "A is better.\nVerdict: A");

        var verdicts = await new PairwiseJudge(judge, "j").JudgeBothOrdersAsync(Sample, "one", "two", CancellationToken.None);

        Assert.Equal([Verdict.A, Verdict.B], verdicts.Select(v => v.Verdict!.Value));
        Assert.Equal([false, true], verdicts.Select(v => v.Swapped));
    }

    [Fact]
    public async Task JudgeAsync_JudgePrefersNamedText_VerdictFollowsTextWhateverTheOrder()
    {
        var judge = FakeChatClient.Answering(m =>
        {
            var text = m[^1].Text;
            return text.IndexOf("[Answer A]\ngood", StringComparison.Ordinal) >= 0 ? "Verdict: A" : "Verdict: B";
        });
        var pairwise = new PairwiseJudge(judge, "j", seed: 7);

        var results = new List<Verdict?>();
        foreach (var id in Enumerable.Range(0, 8).Select(i => $"s{i}"))
        {
            results.Add((await pairwise.JudgeAsync(Sample with { Id = id }, "good", "bad", CancellationToken.None)).Verdict);
        }

        Assert.All(results, v => Assert.Equal(Verdict.A, v));
    }

    [Fact]
    public async Task JudgeAsync_SeededOrder_SameSeedSameOrderAndBothOrdersOccur()
    {
        var judge = FakeChatClient.Answering(_ => "Verdict: TIE");
        var a = new PairwiseJudge(judge, "j", seed: 3);
        var b = new PairwiseJudge(judge, "j", seed: 3);

        var swapsA = new List<bool>();
        var swapsB = new List<bool>();
        for (var i = 0; i < 16; i++)
        {
            swapsA.Add((await a.JudgeAsync(Sample with { Id = $"p{i}" }, "x", "y", CancellationToken.None)).Swapped);
            swapsB.Add((await b.JudgeAsync(Sample with { Id = $"p{i}" }, "x", "y", CancellationToken.None)).Swapped);
        }

        Assert.Equal(swapsA, swapsB);
        Assert.Contains(true, swapsA);
        Assert.Contains(false, swapsA);
    }

    [Fact]
    public async Task JudgeAsync_NoVerdict_UnscoredWithRationaleKept()
    {
        string? prompt = null;
        var judge = FakeChatClient.Answering(m => { prompt = m[^1].Text; return "Both are fine I guess"; });

        var result = await new PairwiseJudge(judge, "j").JudgeAsync(Sample, "x", "y", CancellationToken.None);

        Assert.Null(result.Verdict);
        Assert.Equal("Both are fine I guess", result.Rationale);
        Assert.NotNull(result.UnscoredReason);
        Assert.Contains("Hindi", prompt);
    }
}
