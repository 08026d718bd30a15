using LangGap.Evaluation.Suites;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation.Suites;

public sealed class Aya23SuiteTests
{
    private static async Task<string> DataAsync(TestDirectory directory)
    {
        Directory.CreateDirectory(directory.File("mgsm"));
        await File.WriteAllTextAsync(directory.File("mgsm/mgsm_de.tsv"), "Wie viel ist 2+2?\t4\nWie viel ist 3+3?\t6\n");
        Directory.CreateDirectory(directory.File("xcopa/data/it"));
        await File.WriteAllTextAsync(directory.File("xcopa/data/it/test.it.jsonl"),
            """{"premise": "L'oggetto era incartato.", "choice1": "Era fragile.", "choice2": "Era piccolo.", "question": "cause", "label": 0, "idx": 1}""");
        return directory.Path;
    }

    [Fact]
    public async Task LoadAsync_DataWithMgsmGermanAndXcopaItalian_RunsThoseAndListsTheRestWithReasons()
    {
        using var directory = new TestDirectory();

        var suite = await SuiteLoader.LoadAsync("aya23", null, await DataAsync(directory), CancellationToken.None);

        Assert.Equal(23, suite.Languages.Count);
        Assert.Equal(["xcopa", "mgsm"], suite.Tasks.Select(t => t.Name));
        Assert.NotNull(suite.Tasks[0].MultipleChoice);
        Assert.Equal(["acc", "acc_norm"], suite.Tasks[0].Scorers.Select(s => s.Name));
        var mgsm = await suite.Tasks[1].Dataset.LoadAsync(default);
        Assert.Equal(2, mgsm.Count);
        Assert.All(mgsm, s => Assert.Equal("de", s.Language.ToString()));
        Assert.Contains(new SuiteSkip("xcopa", "tr", "no file '{data}/xcopa/data/{lang}/test.{lang}.jsonl'"), suite.Skipped);
        Assert.Contains(new SuiteSkip("xcopa", "de", "the dataset does not cover this language"), suite.Skipped);
        Assert.Contains(new SuiteSkip("xwinograd", null, "none of its data files was found"), suite.Skipped);
        Assert.Contains(suite.Skipped, s => s is { Task: "flores", Language: null } && s.Reason.Contains("FLORES folder", StringComparison.Ordinal));
        Assert.Contains("skipped mgsm [en es fr ja ru zh]: no file '{data}/mgsm/mgsm_{lang}.tsv'", SuiteSkip.Summarize(suite.Skipped));
    }

    [Fact]
    public async Task LoadAsync_NoDataFolder_ErrorListsWhyEveryTaskIsOut()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => SuiteLoader.LoadAsync("aya23", null, null, CancellationToken.None));

        Assert.Contains("no task of the suite has data to run", error.Message);
        Assert.Contains("--data DIR", error.Message);
    }

    [Fact]
    public async Task LoadAsync_FloresFolder_TargetsLabelledWithTheSuitesTags()
    {
        using var directory = new TestDirectory();
        Directory.CreateDirectory(directory.File("flores200-devtest"));
        foreach (var code in new[] { "eng_Latn", "arb_Arab", "zho_Hans" })
        {
            await File.WriteAllTextAsync(directory.File($"flores200-devtest/{code}.devtest"), $"{code} one\n{code} two\n");
        }

        var suite = await SuiteLoader.LoadAsync("aya23", null, directory.Path, CancellationToken.None);

        var flores = Assert.Single(suite.Tasks);
        var samples = await flores.Dataset.LoadAsync(default);
        Assert.Equal(["ar", "zh"], samples.Select(s => s.Language.ToString()).Distinct());
        Assert.Contains(new SuiteSkip("flores", "en", "it is the source language of the translations"), suite.Skipped);
        Assert.Contains(new SuiteSkip("flores", "de", "no FLORES file for deu_Latn in '{data}/flores200-devtest'"), suite.Skipped);
    }
}
