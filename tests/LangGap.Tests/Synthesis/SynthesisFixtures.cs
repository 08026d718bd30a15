using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Synthesis.Candidates;
using LangGap.Synthesis.Selection;

namespace LangGap.Tests.Synthesis;

/// <summary>Candidates and resolvers built in code for the synthesis tests.</summary>
internal static class SynthesisFixtures
{
    public static AttributeResolver Resolver() => new(new Dictionary<string, Func<IScorer>>
    {
        ["length"] = () => new LengthScorer(),
        ["words"] = () => new LengthScorer(LengthUnit.Words),
        ["fidelity"] = () => new FidelityScorer(),
    });

    public static Candidate Candidate(int index, string text, double? length, double? words = null, string model = "m") =>
        new(model, index, index, text, $"key-{model}-{index}", new Dictionary<string, AttributeValue>
        {
            ["length"] = new(length, length is null ? "no length" : null, null),
            ["words"] = new(words, words is null ? "no words" : null, null),
        });

    public static CandidateSet Set(string id, params Candidate[] candidates) =>
        new(Sample.FromPrompt(id, LanguageTag.Parse("en"), "Say something."), candidates, 0);
}
