using System.Diagnostics;
using System.Globalization;
using LangGap.Survey;
using LangGap.Survey.Ingest;
using SharpCompress.Compressors.Xz;

namespace LangGap.Bench;

/// <summary>Papers per second of <c>langgap survey</c>'s pipeline over every volume of the shared Anthology archive: read (xz + tar + XML), select, annotate, report.</summary>
/// <remarks>Wall time and process CPU time are both printed: on a shared machine the CPU figure is the one that does not depend on other load.</remarks>
internal static class SurveyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var path = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "acl-anthology-2020-2024.tar.xz");
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.Error.WriteLine($"survey bench: {path} is absent; pass the Anthology archive or folder as the first argument.");
            return 2;
        }
        var process = Process.GetCurrentProcess();
        if (path.EndsWith(".xz", StringComparison.OrdinalIgnoreCase))
        {
            var cpu0 = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            await using (var file = File.OpenRead(path))
            await using (var xz = new XZStream(file))
            {
                await xz.CopyToAsync(Stream.Null);
            }
            process.Refresh();
            Console.WriteLine(Inv($"xz decode only (SharpCompress, managed): {wall.Elapsed.TotalSeconds:F2} s wall, {(process.TotalProcessorTime - cpu0).TotalSeconds:F2} s CPU"));
        }
        for (var round = 1; round <= rounds; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var total = Stopwatch.StartNew();
            var corpus = await PaperCorpusReader.ReadAsync([path]);
            var read = total.Elapsed;
            var report = SurveyAnalysis.Run(corpus, new SurveyOptions());
            total.Stop();
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(Inv(
                $"round {round}: {corpus.Files} files, {corpus.Papers.Count} papers ({report.Selected.Count} selected): read {read.TotalSeconds:F2} s, select+annotate+report {(total.Elapsed - read).TotalSeconds:F2} s; total {total.Elapsed.TotalSeconds:F2} s wall = {corpus.Papers.Count / total.Elapsed.TotalSeconds:F0} papers/s, {cpuSeconds:F2} s CPU = {corpus.Papers.Count / cpuSeconds:F0} papers per CPU-second"));
        }
        return 0;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
