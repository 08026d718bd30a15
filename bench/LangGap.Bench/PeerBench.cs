using System.Globalization;

namespace LangGap.Bench;

/// <summary>
/// <c>peers</c>: every job of the README's benchmark table, timed as whole processes in one run, LangGap and its peer
/// taking turns (A B A B …), so both see the same machine. Prints one markdown row per job for the README table.
/// </summary>
/// <remarks>
/// Jobs (<c>--jobs</c>, default all): <c>metrics</c> (16 WMT17 en→de systems, corpus BLEU + chrF), <c>bootstrap</c>
/// (paired bootstrap, 1000 resamples, 15 systems against LIUM-NMT, BLEU + chrF), <c>ar</c> (approximate
/// randomisation, 10000 trials, same), <c>lid</c> (every line of the FLORES-200 devtest files, top-1 label and
/// probability, LangGap on 2 threads against the single-threaded <c>fasttext predict-prob</c>).
/// Peers: sacrebleu from a source tree named by <c>LANGGAP_SACREBLEU</c> (or <c>--sacrebleu DIR</c>), run as
/// <c>PYTHONPATH=DIR python3 -m sacrebleu</c> with Debian's <c>python3</c> (<c>LANGGAP_PYTHON</c> to change it);
/// fastText from Debian (<c>--fasttext PATH</c>, default <c>/usr/bin/fasttext</c>). Data: <c>LANGGAP_REFERENCE</c> or
/// <c>../shared/reference</c>; FLORES from <c>LANGGAP_DATA</c> or <c>../shared/data</c>.
/// Options: <c>--runs N</c> (timed pairs per job, default 5, after one untimed warm-up pair), <c>--langgap PATH</c>
/// (default: the executable the <c>./langgap</c> script runs for these commands: the native build when there is one; run
/// <c>./langgap score --help</c> first so it is built). A job whose peer is missing is skipped with a sentence.
/// Both sides' outputs are compared on the warm-up run: the LID outputs must be byte-identical, the corpus scores equal
/// to the precision sacrebleu prints; a mismatch fails the bench (exit 1).
/// </remarks>
internal static class PeerBench
{
    private const string Baseline = "LIUM-NMT.4900.en-de";

    public static async Task<int> RunAsync(string[] args)
    {
        var root = BenchPaths.RepositoryRoot;
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var jobs = (Option(args, "--jobs") ?? "metrics,bootstrap,ar,lid").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var langgap = Option(args, "--langgap") ?? DefaultLanggap(root);
        var sacrebleu = Option(args, "--sacrebleu") ?? Environment.GetEnvironmentVariable("LANGGAP_SACREBLEU");
        var python = Environment.GetEnvironmentVariable("LANGGAP_PYTHON") ?? (File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
        var fasttext = Option(args, "--fasttext") ?? "/usr/bin/fasttext";
        var reference = Environment.GetEnvironmentVariable("LANGGAP_REFERENCE") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "reference"));
        var data = Environment.GetEnvironmentVariable("LANGGAP_DATA") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        if (!File.Exists(langgap))
        {
            Console.Error.WriteLine($"peers: '{langgap}' does not exist; build it first (./langgap --help builds it).");
            return 2;
        }

        Console.WriteLine($"peers: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}; " +
            $"median of {runs} whole-process runs per side (min–max), LangGap and peer alternating, after one warm-up pair");
        Console.WriteLine($"LangGap executable: {Path.GetRelativePath(root, langgap)}");
        var rows = new List<string>();
        var failed = false;
        foreach (var job in jobs)
        {
            var spec = job switch
            {
                "metrics" or "bootstrap" or "ar" => SacrebleuJob(job, langgap, python, sacrebleu, Path.Combine(reference, "wmt17-en-de")),
                "lid" => LidJob(langgap, fasttext, root, Path.Combine(data, "flores200-devtest")),
                _ => throw new ArgumentException($"Unknown job '{job}'; expected metrics, bootstrap, ar or lid."),
            };
            if (spec.Missing is not null)
            {
                Console.WriteLine($"{job}: skipped — {spec.Missing}");
                continue;
            }
            var result = await PeerTiming.MeasureAsync(spec, runs).ConfigureAwait(false);
            failed |= !result.OutputsAgree;
            Console.WriteLine(result.Describe());
            rows.Add(result.MarkdownRow());
        }
        Console.WriteLine();
        Console.WriteLine("| job | LangGap | peer | ratio (peer ÷ LangGap) | goal |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }
        return failed ? 1 : 0;
    }

    private static PeerJob SacrebleuJob(string job, string langgap, string python, string? sacrebleu, string folder)
    {
        if (!File.Exists(Path.Combine(folder, "reference.txt")))
        {
            return PeerJob.Skip(job, $"'{folder}' has no reference.txt (set LANGGAP_REFERENCE)");
        }
        if (sacrebleu is null || !File.Exists(Path.Combine(sacrebleu, "sacrebleu", "__main__.py")))
        {
            return PeerJob.Skip(job, "set LANGGAP_SACREBLEU to a sacrebleu 2.6 source tree (see the README's benchmark section)");
        }
        var systems = Directory.GetFiles(folder, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n != "reference" && (job == "metrics" || n != Baseline))
            .Order(StringComparer.Ordinal)
            .Select(n => Path.Combine(folder, n + ".txt"))
            .ToList();
        if (job != "metrics")
        {
            systems.Insert(0, Path.Combine(folder, Baseline + ".txt"));
        }
        var referenceFile = Path.Combine(folder, "reference.txt");
        List<string> ours = job == "metrics"
            ? ["score", "-r", referenceFile, "-m", "bleu", "chrf", "--format", "json", .. systems.SelectMany(s => new[] { "-i", s })]
            : ["compare", "-r", referenceFile, "-m", "bleu", "chrf", job == "ar" ? "--paired-ar" : "--paired-bs", "--format", "json", .. systems.SelectMany(s => new[] { "--hyp", s })];
        List<string> theirs = ["-m", "sacrebleu", referenceFile, "-m", "bleu", "chrf", "-i", .. systems];
        if (job != "metrics")
        {
            theirs.Add(job == "ar" ? "--paired-ar" : "--paired-bs");
        }
        var (title, goal) = job switch
        {
            "metrics" => ($"{systems.Count} WMT17 en→de systems × 3,004 segments, corpus BLEU + chrF", 50.0),
            "bootstrap" => ($"paired bootstrap, 1000 resamples, {systems.Count - 1} systems vs {Baseline.Split('.')[0]}, BLEU + chrF", 100.0),
            _ => ($"approximate randomisation, 10,000 trials, {systems.Count - 1} systems vs {Baseline.Split('.')[0]}, BLEU + chrF", 100.0),
        };
        return new PeerJob(job, title, goal,
            new PeerCommand("LangGap", langgap, ours, null),
            new PeerCommand("sacrebleu 2.6", python, theirs, new Dictionary<string, string> { ["PYTHONPATH"] = sacrebleu }),
            job == "metrics" ? OutputCheck.MetricScores : OutputCheck.None, null);
    }

    private static PeerJob LidJob(string langgap, string fasttext, string root, string flores)
    {
        if (!Directory.Exists(flores))
        {
            return PeerJob.Skip("lid", $"'{flores}' does not exist (set LANGGAP_DATA)");
        }
        if (!File.Exists(fasttext))
        {
            return PeerJob.Skip("lid", $"'{fasttext}' does not exist (apt-get install fasttext)");
        }
        // Both read one file: every FLORES-200 devtest file, concatenated in name order.
        var input = Path.Combine(Path.GetTempPath(), "langgap-peers-flores-devtest.txt");
        using (var output = File.Create(input))
        {
            foreach (var file in Directory.GetFiles(flores, "*.devtest").Order(StringComparer.Ordinal))
            {
                using var source = File.OpenRead(file);
                source.CopyTo(output);
            }
        }
        var lines = File.ReadLines(input).Count();
        var model = Path.Combine(root, "assets", "models", "lid.176.ftz");
        return new PeerJob("lid", $"language ID, {lines:N0} FLORES-200 devtest lines, top-1 label + probability, LangGap on 2 threads", 4.0,
            new PeerCommand("LangGap", langgap, ["lid", input, "--format", "fasttext", "--threads", "2"], null),
            new PeerCommand("fastText 0.9.2 CLI", fasttext, ["predict-prob", model, input, "1"], null),
            OutputCheck.Identical, null);
    }

    // The executable the ./langgap script runs for score, compare and lid: the native (ahead-of-time) build when there is
    // one, else the ReadyToRun publish, else the plain build.
    private static string DefaultLanggap(string root)
    {
        var native = Path.Combine(root, "src", "LangGap.Cli.Native", "bin", "Release", "native", "LangGap.Cli.Native");
        var r2r = Path.Combine(root, "src", "LangGap.Cli", "bin", "Release", "r2r", "LangGap.Cli");
        return File.Exists(native) ? native : File.Exists(r2r) ? r2r : Path.Combine(root, "src", "LangGap.Cli", "bin", "Release", "net10.0", "langgap");
    }

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
