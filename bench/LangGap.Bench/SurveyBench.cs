using System.Diagnostics;
using LangGap.Survey;
using LangGap.Survey.Ingest;

namespace LangGap.Bench;

/// <summary>Papers per second of <c>langgap survey</c>'s pipeline over every volume of the shared Anthology archive: read (xz + tar + XML), select, annotate, report.</summary>
internal static class SurveyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var path = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "acl-anthology-2020-2024.tar.xz");
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.Error.WriteLine($"survey bench: {path} is absent; pass the Anthology archive or folder as the first argument.");
            return 2;
        }
        for (var round = 1; round <= rounds; round++)
        {
            var total = Stopwatch.StartNew();
            var corpus = await PaperCorpusReader.ReadAsync([path]);
            var read = total.Elapsed;
            var analysis = SurveyAnalysis.Run(corpus, new SurveyOptions());
            total.Stop();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"round {round}: {corpus.Files} files, {corpus.Papers.Count} papers: read {read.TotalSeconds:F2} s, select+annotate+report {(total.Elapsed - read).TotalSeconds:F2} s, total {total.Elapsed.TotalSeconds:F2} s = {corpus.Papers.Count / total.Elapsed.TotalSeconds:F0} papers/s ({analysis.Selected.Count} selected)"));
        }
        return 0;
    }
}
