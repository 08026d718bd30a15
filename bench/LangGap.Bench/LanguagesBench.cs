using System.Diagnostics;
using LangGap.Languages;

namespace LangGap.Bench;

/// <summary>Registry load time and <see cref="LanguageTag.Parse"/> / <see cref="LanguageTag.Equivalent"/> throughput.</summary>
internal static class LanguagesBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;

        var load = Stopwatch.StartNew();
        var entries = LanguageRegistry.All.Count;
        load.Stop();
        Console.WriteLine($"registry load (first use, incl. JIT): {load.Elapsed.TotalMilliseconds:F1} ms, {entries} languages, {LanguageRegistry.FloresCodes.Count} FLORES codes");

        var inputs = LanguageRegistry.FloresCodes
            .Concat(LanguageRegistry.All.Select(i => i.Iso639_3))
            .Concat(["zh-Hant-TW", "pt-BR", "sr_Latn", "iw", "EN"])
            .ToArray();
        var tags = inputs.Select(LanguageTag.Parse).ToArray();

        var parse = Stopwatch.StartNew();
        var checksum = 0;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var input in inputs)
            {
                checksum += LanguageTag.Parse(input).Language.Length;
            }
        }
        parse.Stop();
        var parses = (double)rounds * inputs.Length;
        Console.WriteLine($"Parse: {parses:N0} tags in {parse.Elapsed.TotalSeconds:F2} s = {parses / parse.Elapsed.TotalSeconds / 1e6:F2} M/s (checksum {checksum})");

        var equivalent = Stopwatch.StartNew();
        var matches = 0;
        for (var r = 0; r < rounds / 10; r++)
        {
            foreach (var tag in tags)
            {
                matches += LanguageTag.Equivalent(tag, tags[r % tags.Length]) ? 1 : 0;
            }
        }
        equivalent.Stop();
        var comparisons = (double)(rounds / 10) * tags.Length;
        Console.WriteLine($"Equivalent: {comparisons:N0} pairs in {equivalent.Elapsed.TotalSeconds:F2} s = {comparisons / equivalent.Elapsed.TotalSeconds / 1e6:F2} M/s (matches {matches})");
        return Task.FromResult(0);
    }
}
