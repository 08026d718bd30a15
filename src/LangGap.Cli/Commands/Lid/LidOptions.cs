namespace LangGap.Cli.Commands.Lid;

/// <summary>The validated options of <c>langgap lid</c>.</summary>
internal sealed record LidOptions(int K, double Threshold, string Format, bool Mix, int Threads)
{
    public bool Json => Format == "json";

    public bool FastText => Format == "fasttext";

    public void Validate()
    {
        if (K < 1)
        {
            throw new UsageException($"--k must be at least 1; got {K}.");
        }
        if (Threshold is < 0 or > 1 || double.IsNaN(Threshold))
        {
            throw new UsageException($"--threshold must be a probability between 0 and 1; got {Threshold}.");
        }
        if (Format is not ("tsv" or "fasttext" or "json"))
        {
            throw new UsageException($"--format must be 'tsv', 'fasttext' or 'json'; got '{Format}'.");
        }
        if (Threads is 0 or < -1)
        {
            throw new UsageException($"--threads must be a positive number or -1 for all cores; got {Threads}.");
        }
    }
}
