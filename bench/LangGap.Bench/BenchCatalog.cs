namespace LangGap.Bench;

/// <summary>Every benchmark, by the name given on the command line.</summary>
internal static class BenchCatalog
{
    public static IReadOnlyDictionary<string, Func<string[], Task<int>>> All { get; } =
        new SortedDictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
        {
            ["torch-generate"] = TorchGenerateBench.RunAsync,
            ["generate-peers"] = GeneratePeersBench.RunAsync,
            ["torch-train"] = TorchTrainBench.RunAsync,
            ["prune-score"] = PruneScoreBench.RunAsync,
            ["languages"] = LanguagesBench.RunAsync,
            ["rloo"] = RlooBench.RunAsync,
            ["fidelity"] = FidelityBench.RunAsync,
            ["metrics"] = MetricsBench.RunAsync,
            ["significance"] = SignificanceBench.RunAsync,
            ["lid"] = LidBench.RunAsync,
            ["runner"] = RunnerBench.RunAsync,
            ["report-1m"] = ReportBench.RunAsync,
            ["peers"] = PeerBench.RunAsync,
            ["torch-batch"] = TorchBatchBench.RunAsync,
            ["survey"] = SurveyBench.RunAsync,
        };
}
