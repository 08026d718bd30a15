using LangGap.Evaluation.Suites;

namespace LangGap.Tests.Evaluation.Suites;

/// <summary>A scorer setting the scorer does not read, or of the wrong type, is refused, never silently dropped.</summary>
public sealed class SuiteScorerKeysTests
{
    private static async Task<string> WriteSuiteAsync(string scorers)
    {
        var dir = Directory.CreateTempSubdirectory();
        var path = Path.Combine(dir.FullName, "suite.json");
        await File.WriteAllTextAsync(path, "{\"name\":\"x\",\"tasks\":[{\"name\":\"t\",\"dataset\":{\"format\":\"jsonl\",\"path\":\"d.jsonl\"},\"scorers\":[" + scorers + "]}]}");
        return path;
    }

    [Fact]
    public async Task ChrfWordOrderBesideOptions_IsRefusedNamingTheKeyAndWhereItGoes()
    {
        var path = await WriteSuiteAsync("""{"name":"chrf","options":{"word_order":0},"word_order":2}""");

        var e = await Assert.ThrowsAsync<InvalidInputException>(() => SuiteLoader.LoadAsync(path, null, CancellationToken.None));

        Assert.Equal(
            $"{path}: the chrf scorer of task 't' has key 'word_order', which it does not read; it takes 'name' and 'options' ('beta', 'char_order', 'lowercase', 'whitespace', 'word_order').",
            e.Message);
    }

    [Fact]
    public async Task UnknownOption_IsRefusedListingTheOptions()
    {
        var path = await WriteSuiteAsync("""{"name":"bleu","options":{"tokenize":"intl"}}""");

        var e = await Assert.ThrowsAsync<InvalidInputException>(() => SuiteLoader.LoadAsync(path, null, CancellationToken.None));

        Assert.Equal($"{path}: the bleu scorer of task 't' has option 'tokenize', which it does not read; its options are 'lowercase'.", e.Message);
    }

    [Theory]
    [InlineData("""{"name":"chrf","options":{"word_order":"2"}}""", "option 'word_order' = \"2\"; expected an integer.")]
    [InlineData("""{"name":"chrf","options":{"beta":2.5}}""", "option 'beta' = 2.5; expected an integer.")]
    [InlineData("""{"name":"chrf","options":{"lowercase":"yes"}}""", "option 'lowercase' = \"yes\"; expected true or false.")]
    [InlineData("""{"name":"language-fidelity","language_field":3}""", "key 'language_field' = 3; expected a string.")]
    public async Task WrongType_IsRefusedWithTheValue(string scorer, string tail)
    {
        var path = await WriteSuiteAsync(scorer);

        var e = await Assert.ThrowsAsync<InvalidInputException>(() => SuiteLoader.LoadAsync(path, null, CancellationToken.None));

        Assert.EndsWith(tail, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"acc","options":{"normalise":true}}""", "has key 'options', which it does not read; it takes only 'name'.")]
    [InlineData("""{"name":"refusal","judge":"big"}""", "has key 'judge', which it does not read; it takes only 'name'.")]
    [InlineData("""{"name":"length","unit":"tokens"}""", "has unit 'tokens'; expected characters or words.")]
    public async Task SettingsAScorerHasNot_AreRefused(string scorer, string tail)
    {
        var path = await WriteSuiteAsync(scorer);

        var e = await Assert.ThrowsAsync<InvalidInputException>(() => SuiteLoader.LoadAsync(path, null, CancellationToken.None));

        Assert.EndsWith(tail, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryShippedSuite_Loads()
    {
        foreach (var name in new[] { "demo", "redteam-demo" })
        {
            var suite = await SuiteLoader.LoadAsync(name, null, CancellationToken.None);
            Assert.NotEmpty(suite.Tasks);
        }
        var heldOut = Path.Combine(ReferenceData.RepositoryRoot, "assets", "examples", "train", "heldout-suite.json");
        Assert.NotEmpty((await SuiteLoader.LoadAsync(heldOut, null, CancellationToken.None)).Tasks);
    }

    [Fact]
    public async Task ChrfWithEveryOption_Loads()
    {
        var path = await WriteSuiteAsync("""{"name":"chrf","options":{"char_order":6,"word_order":2,"beta":2,"lowercase":false,"whitespace":false}}, "bleu", {"name":"length","unit":"words"}""");
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(path)!, "d.jsonl"), "{\"id\":\"a\",\"language\":\"en\",\"prompt\":\"p\",\"reference\":\"r\"}\n");

        var suite = await SuiteLoader.LoadAsync(path, null, CancellationToken.None);

        Assert.Equal(["chrf", "bleu", "length-words"], suite.Tasks[0].Scorers.Select(s => s.Name));
    }
}
