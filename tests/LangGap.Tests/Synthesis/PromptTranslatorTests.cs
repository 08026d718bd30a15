using LangGap.Evaluation;
using LangGap.Languages;
using LangGap.Synthesis.Translation;
using LangGap.Tests.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Synthesis;

public sealed class PromptTranslatorTests
{
    [Fact]
    public async Task TranslateAsync_WrongLanguageRejectedAndCounted_NativeKeptAsIs()
    {
        using var dir = new TestDirectory();
        var prompts = new[]
        {
            Sample.FromPrompt("q1", LanguageTag.Parse("en"), "How do I plant tomatoes in a small garden in spring?"),
            Sample.FromPrompt("q2", LanguageTag.Parse("de"), "Wie pflanze ich im Frühling Tomaten in einem kleinen Garten?"),
        };
        // The translator answers in German when asked for German, and stays in English when asked for French.
        var translator = FakeChatClient.Answering(m => m[^1].Text.Contains("into German", StringComparison.Ordinal)
            ? "Wie pflanze ich im Frühling Tomaten in einem kleinen Garten an?"
            : "How do I plant tomatoes in a small garden in spring?");

        var outcome = await PromptTranslator.TranslateAsync(prompts, new RunModel("mt", translator), [LanguageTag.Parse("de"), LanguageTag.Parse("fr")],
            dir.Path, new TranslationSettings(), null, CancellationToken.None);

        var de = outcome.Counts[0];
        Assert.Equal(("de", 1, 1, 1, 0), (de.Language, de.Native, de.Asked, de.Kept, de.Rejected));
        var fr = outcome.Counts[1];
        Assert.Equal(("fr", 0, 2, 0, 2, 2), (fr.Language, fr.Native, fr.Asked, fr.Kept, fr.WrongLanguage, fr.Rejected));
        Assert.Equal(["q2", "q1@de"], outcome.Prompts.Select(p => p.Id));
        var translated = outcome.Prompts[1];
        Assert.Equal("de", translated.Language.ToString());
        Assert.StartsWith("Wie pflanze", translated.Prompt);
        Assert.Equal("q1", translated.Metadata["source_id"]);
        Assert.Equal(3, translator.Calls);
        Assert.Contains(outcome.Prompts, p => p.Id == "q2" && p.Metadata.Count == 0);
    }
}
