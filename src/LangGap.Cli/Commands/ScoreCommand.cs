using LangGap.Metrics;
using LangGap.Text;

namespace LangGap.Cli.Commands;

/// <summary><c>langgap score</c>: BLEU, chrF/chrF++ and TER of one or more systems, with sacrebleu's numbers and signatures.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var references = new Option<string[]>("--ref", "-r")
        {
            Description = "Reference file, one segment per line ('-' reads standard input); repeat for several references.",
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var hypotheses = new Option<string[]>("--hyp", "-i")
        {
            Description = "System output file, one segment per line ('-' reads standard input); repeat to score several systems.",
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var metrics = new Option<string[]>("--metric", "-m")
        {
            Description = "Metrics to compute: bleu, chrf, ter (default: bleu).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["bleu"],
        };
        var tokenize = new Option<string>("--tokenize", "-tok")
        {
            Description = "BLEU tokenizer: 13a, intl, zh, char, none (default: 13a).",
            DefaultValueFactory = _ => MetricTokenizers.Default,
        };
        var lowercase = new Option<bool>("--lowercase", "-lc") { Description = "Lower-case BLEU and chrF inputs (TER is case-insensitive already)." };
        var wordOrder = new Option<int>("--chrf-word-order")
        {
            Description = "chrF word n-gram order (2 gives chrF++; default: 0).",
            DefaultValueFactory = _ => 0,
        };
        var sentence = new Option<bool>("--sentence") { Description = "Also print sentence-level scores, one per segment." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (sacrebleu's lines) or json.",
            DefaultValueFactory = _ => "text",
        };

        var command = new Command("score", "Score system outputs against references with BLEU, chrF/chrF++ and TER (sacrebleu-exact).")
        {
            references, hypotheses, metrics, tokenize, lowercase, wordOrder, sentence, format,
        };
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var refPaths = parse.GetValue(references) ?? [];
            var hypPaths = parse.GetValue(hypotheses) ?? [];
            var metricNames = parse.GetValue(metrics) is { Length: > 0 } names ? names : ["bleu"];
            var settings = new MetricSettings
            {
                Tokenize = parse.GetValue(tokenize) ?? MetricTokenizers.Default,
                Lowercase = parse.GetValue(lowercase),
                ChrFWordOrder = parse.GetValue(wordOrder),
            };
            var outputFormat = parse.GetValue(format) ?? "text";
            Validate(refPaths, hypPaths, metricNames, settings, outputFormat);

            var metricList = metricNames.Select(name => CorpusMetricFactory.Create(name, settings)).ToList();
            var refFiles = await ReadAsync(refPaths, console, cancellationToken).ConfigureAwait(false);
            var hypFiles = await ReadAsync(hypPaths, console, cancellationToken).ConfigureAwait(false);
            var results = CorpusScorer.Score(refFiles, hypFiles, metricList, parse.GetValue(sentence));

            var text = outputFormat == "json"
                ? ScoreJsonRenderer.Render(results)
                : ScoreTextRenderer.Render(results, prefixSystem: hypFiles.Count > 1);
            await console.Out.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Validate(string[] refPaths, string[] hypPaths, string[] metricNames, MetricSettings settings, string format)
    {
        if (refPaths.Length == 0)
        {
            throw new UsageException("Option '--ref' needs at least one file.");
        }
        if (hypPaths.Length == 0)
        {
            throw new UsageException("Option '--hyp' needs at least one file.");
        }
        if (refPaths.Concat(hypPaths).Count(p => p == "-") > 1)
        {
            throw new UsageException("Options '--ref' and '--hyp' can read standard input ('-') only once.");
        }
        var unknown = metricNames.FirstOrDefault(m => !CorpusMetricFactory.IsKnown(m));
        if (unknown is not null)
        {
            throw new UsageException($"Option '--metric' expects {string.Join(", ", CorpusMetricFactory.Names)}, found '{unknown}'.");
        }
        if (!MetricTokenizers.IsKnown(settings.Tokenize))
        {
            throw new UsageException($"Option '--tokenize' expects {string.Join(", ", MetricTokenizers.Names)}, found '{settings.Tokenize}'.");
        }
        if (settings.ChrFWordOrder < 0)
        {
            throw new UsageException($"Option '--chrf-word-order' expects a number of 0 or more, found {settings.ChrFWordOrder}.");
        }
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"Option '--format' expects text or json, found '{format}'.");
        }
    }

    private static async Task<IReadOnlyList<NamedLines>> ReadAsync(string[] paths, CliConsole console, CancellationToken cancellationToken)
    {
        var files = new List<NamedLines>(paths.Length);
        foreach (var path in paths)
        {
            var lines = await LineFile.ReadAllLinesAsync(path, console.Input, cancellationToken).ConfigureAwait(false);
            files.Add(new NamedLines(path == "-" ? "<stdin>" : path, lines));
        }
        return files;
    }
}
