using System.CommandLine;
using LangGap.Cli.Options;
using LangGap.Statistics;

namespace LangGap.Cli.Tests;

/// <summary>
/// Holds the CLI vocabulary (the README's table): every command registered in <c>CommandCatalog</c> names a shared
/// concept the same way, with the same type and default, and rejects what it does not know in the same words.
/// </summary>
public sealed class CliVocabularyTests
{
    /// <summary>The shared options each command must have. A new command must be added here, so its options get a look.</summary>
    private static readonly Dictionary<string, string[]> Vocabulary = new()
    {
        ["eval"] = ["--out", "--model", "--samples", "--seed", "--correction", "--format"],
        ["report"] = ["--out", "--correction", "--format"],
        ["score"] = ["--resamples", "--seed", "--format"],
        ["compare"] = ["--resamples", "--seed", "--correction", "--format"],
        ["significance"] = ["--resamples", "--seed", "--format"],
        ["lid"] = ["--model", "--format"],
        ["languages"] = ["--format"],
        ["generate"] = ["--model", "--max-tokens", "--seed", "--format"],
        ["logprob"] = ["--model", "--format"],
        ["train"] = ["--out", "--model", "--samples", "--max-tokens", "--seed"],
        ["train-embedded"] = ["--out", "--seed"],
        ["export"] = ["--out", "--model"],
        ["survey"] = ["--out", "--seed", "--resamples", "--format"],
        ["prune"] = ["--out", "--seed", "--max-tokens", "--format"],
        ["prune-eval"] = ["--out", "--seed", "--resamples", "--correction", "--max-tokens", "--format"],
        ["safety-mix"] = ["--out", "--seed", "--max-tokens"],
        ["steer"] = ["--out", "--model", "--samples", "--max-tokens", "--seed", "--resamples", "--correction", "--format"],
        ["prefs"] = ["--out", "--model", "--samples", "--max-tokens", "--seed"],
        ["profile"] = ["--out", "--model", "--resamples", "--seed", "--correction", "--format"],
        ["convert"] = ["--out"],
        ["reason"] = ["--out", "--model", "--samples", "--seed", "--correction", "--max-tokens", "--format"],
    };

    /// <summary>Other names for a shared concept: allowed as aliases (old names the README used), never as an option's own name.</summary>
    private static readonly Dictionary<string, string> Synonyms = new()
    {
        ["--output"] = "--out",
        ["--output-dir"] = "--out",
        ["--outdir"] = "--out",
        ["--max-new-tokens"] = "--max-tokens",
        ["--max-length"] = "--max-tokens",
        ["--bs-samples"] = "--resamples",
        ["--ar-trials"] = "--resamples",
        ["--trials"] = "--resamples",
        ["--n-samples"] = "--resamples",
        ["--num-samples"] = "--samples",
        ["--generations"] = "--samples",
        ["--random-seed"] = "--seed",
        ["--adjust"] = "--correction",
        ["--output-format"] = "--format",
    };

    /// <summary>sacrebleu's metric options (its own names), plus the library's corpus-BLEU settings, on score and compare.</summary>
    private static readonly string[] SacrebleuOptions =
    [
        "--tokenize", "--smooth-method", "--smooth-value", "--lowercase", "--force", "--effective-order", "--max-ngram-order",
        "--chrf-char-order", "--chrf-word-order", "--chrf-beta", "--chrf-whitespace", "--chrf-lowercase", "--chrf-eps-smoothing",
        "--ter-case-sensitive", "--ter-asian-support", "--ter-no-punct", "--ter-normalized", "--confidence", "--confidence-n",
    ];

    private static List<Command> Commands() => [.. CommandCatalog.Create(new CliConsole(Stream.Null, TextWriter.Null, TextWriter.Null))];

    private static Option? Find(Command command, string name) => command.Options.FirstOrDefault(o => o.Name == name);

    public static TheoryData<string> CommandNames() => [.. Vocabulary.Keys];

    [Fact]
    public void Catalog_EveryCommand_IsInTheVocabularyTable()
    {
        Assert.Equal(Vocabulary.Keys.Order(), Commands().Select(c => c.Name).Order());
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Command_SharedConcepts_HaveTheirVocabularyNames(string name)
    {
        var command = Commands().Single(c => c.Name == name);

        foreach (var expected in Vocabulary[name])
        {
            Assert.True(Find(command, expected) is not null, $"'langgap {name}' has no {expected}.");
        }
        foreach (var option in command.Options)
        {
            Assert.False(Synonyms.TryGetValue(option.Name, out var canonical), $"'langgap {name}' calls {canonical} '{option.Name}'.");
        }
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Command_SharedOptions_HaveTheSameTypeAndDefault(string name)
    {
        var command = Commands().Single(c => c.Name == name);

        if (Find(command, "--seed") is { } seed)
        {
            var typed = Assert.IsType<Option<long>>(seed);
            Assert.Equal(CommonOptions.DefaultSeed, Assert.IsType<long>(typed.GetDefaultValue()));
            Assert.Equal(0, CommonOptions.DefaultSeed);
        }
        if (Find(command, "--correction") is { } correction)
        {
            var typed = Assert.IsType<Option<PValueCorrection>>(correction);
            Assert.Equal(PValueCorrection.Holm, typed.GetDefaultValue());
        }
        if (Find(command, "--samples") is { } samples)
        {
            Assert.IsType<Option<int?>>(samples);
        }
        if (Find(command, "--resamples") is { } resamples)
        {
            Assert.IsType<Option<int?>>(resamples);
        }
        if (Find(command, "--max-tokens") is { } maxTokens)
        {
            Assert.IsType<Option<int>>(maxTokens);
        }
        if (Find(command, "--out") is { } output)
        {
            Assert.IsAssignableFrom<Option<string>>(output);
        }
    }

    [Theory]
    [InlineData("score")]
    [InlineData("compare")]
    public void MetricCommands_TakeSacrebleuOptionsUnderSacrebleuNames(string name)
    {
        var command = Commands().Single(c => c.Name == name);

        foreach (var option in SacrebleuOptions)
        {
            Assert.True(command.Options.Any(o => o.Name == option || o.Aliases.Contains(option)), $"'langgap {name}' has no {option}.");
        }
    }

    [Theory]
    [InlineData("compare", "--paired-bs-n")]
    [InlineData("compare", "--paired-ar-n")]
    [InlineData("score", "--confidence-n")]
    [InlineData("train", "--k")]
    [InlineData("train", "--max-new-tokens")]
    [InlineData("report", "--output")]
    public void OldOrSacrebleuNames_AreAliasesOfTheVocabularyOption(string name, string alias)
    {
        var command = Commands().Single(c => c.Name == name);

        var option = Assert.Single(command.Options, o => o.Aliases.Contains(alias));

        Assert.True(Vocabulary[name].Contains(option.Name), $"{alias} in 'langgap {name}' is an alias of {option.Name}, not of a vocabulary option.");
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("report", "DIR")]
    [InlineData("score")]
    [InlineData("compare")]
    [InlineData("significance")]
    [InlineData("languages")]
    [InlineData("generate")]
    [InlineData("logprob")]
    public void Format_UnknownValue_OneMessageNamingTheOption(string name, params string[] arguments)
    {
        var command = Commands().Single(c => c.Name == name);

        var errors = command.Parse([.. arguments, "--format", "bogus"]).Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.StartsWith("Option '--format' expects ", StringComparison.Ordinal) && e.EndsWith(", found 'bogus'.", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_Lid_UsesTheSameMessage()
    {
        var command = Commands().Single(c => c.Name == "lid");

        var errors = command.Parse(["--format", "bogus"]).Errors.Select(e => e.Message).ToList();

        Assert.Contains("Option '--format' expects tsv, fasttext or json, found 'bogus'.", errors);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task UnknownOption_AnyCommand_ExitsTwoNamingIt(string name)
    {
        var result = await CliRunner.RunAsync("", name, "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Unknown option '--no-such-option' for 'langgap {name}'", result.Error);
    }

    [Theory]
    [InlineData("score", "--ref", "r.txt", "--ter-normalised")]
    [InlineData("compare", "--hyp", "a.txt", "b.txt", "--paired-bootstrap")]
    [InlineData("lid", "--no-such-option")]
    [InlineData("report", "--no-such-option")]
    public async Task UnknownOption_AfterAValueTakingOption_IsNotReadAsAFileName(string name, params string[] arguments)
    {
        var result = await CliRunner.RunAsync("", [name, .. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("langgap: Unknown option '--", result.Error);
        Assert.DoesNotContain("does not exist", result.Error);
    }

    [Theory]
    [InlineData("eval", "--seed", "-1")]
    [InlineData("compare", "--seed", "-1")]
    [InlineData("eval", "--correction", "sidak")]
    [InlineData("report", "--correction", "sidak")]
    [InlineData("significance", "--resamples", "0")]
    [InlineData("eval", "--samples", "0")]
    [InlineData("generate", "--max-tokens", "-1")]
    public async Task SharedOption_BadValue_ExitsTwoNamingIt(string name, string option, string value)
    {
        var result = await CliRunner.RunAsync("", name, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Option '{option}' expects ", result.Error);
    }
}
