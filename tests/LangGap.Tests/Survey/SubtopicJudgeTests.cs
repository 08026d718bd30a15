using LangGap.Survey;
using LangGap.Survey.Annotation;
using LangGap.Survey.Ingest;
using LangGap.Tests.Models;

namespace LangGap.Tests.Survey;

public sealed class SubtopicJudgeTests
{
    [Theory]
    [InlineData("privacy", Subtopic.Privacy)]
    [InlineData("Toxicity & Bias.", Subtopic.ToxicityBias)]
    [InlineData("Label: factuality and hallucination", Subtopic.FactualityHallucination)]
    [InlineData("**not safety**", Subtopic.NotSafety)]
    [InlineData("I cannot tell.", null)]
    [InlineData("", null)]
    public void Parse_Reply_GivesTheFirstLabelNamed(string reply, Subtopic? expected)
    {
        // Act
        var subtopic = SubtopicJudge.Parse(reply);

        // Assert
        Assert.Equal(expected, subtopic);
    }

    [Fact]
    public async Task ApplyAsync_FakeJudge_ReplacesSubtopicsAndCountsUnparsedReplies()
    {
        // Arrange: the judge says "privacy" for the first paper and nothing usable for the second.
        var corpus = new PaperCorpus(
        [
            SurveyTestData.Paper("Jailbreaking chat models", "We study safety under jailbreak attacks.", id: "a"),
            SurveyTestData.Paper("Toxic outputs", "Safety and toxicity of chat models.", id: "b"),
        ], 1, ["test"]);
        var selection = SurveyAnalysis.Select(corpus, new SurveyOptions());
        var client = FakeChatClient.Answering(m => m[^1].Text.Contains("Jailbreaking", StringComparison.Ordinal) ? "privacy" : "no idea");

        // Act
        var (judged, unparsed) = await SurveyJudging.ApplyAsync(selection, new SubtopicJudge(client, "fake"), concurrency: 2);

        // Assert
        Assert.Equal(1, unparsed);
        Assert.Equal(2, client.Calls);
        Assert.Equal((Subtopic.Privacy, "judge:fake"), (judged.Selected[0].Annotation.Subtopic, judged.Selected[0].Annotation.SubtopicSource));
        Assert.Contains(judged.Selected[0].Annotation.Evidence, e => e.Kind == EvidenceKind.Judge && e.Text == "privacy");
        Assert.Equal((Subtopic.ToxicityBias, "rules"), (judged.Selected[1].Annotation.Subtopic, judged.Selected[1].Annotation.SubtopicSource));
    }
}
