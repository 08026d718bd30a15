namespace LangGap.Bench;

/// <summary>Where the benchmarks find the checkout they belong to.</summary>
internal static class BenchPaths
{
    /// <summary>The folder holding LangGap.slnx, found by walking up from the benchmark binaries (else the current folder).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
