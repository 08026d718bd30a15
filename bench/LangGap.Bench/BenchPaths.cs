namespace LangGap.Bench;

/// <summary>Where benchmarks find their inputs: the repository, the reference outputs and the benchmark data, never a fixed machine path.</summary>
internal static class BenchPaths
{
    /// <summary>The folder holding <c>LangGap.slnx</c>, found above the benchmark binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary><c>$LANGGAP_REFERENCE</c>, else <c>../shared/reference</c> next to the repository.</summary>
    public static string Reference =>
        Environment.GetEnvironmentVariable("LANGGAP_REFERENCE") is { Length: > 0 } set ? set : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference"));

    /// <summary><c>$LANGGAP_DATA</c>, else <c>../shared/data</c> next to the repository.</summary>
    public static string Data =>
        Environment.GetEnvironmentVariable("LANGGAP_DATA") is { Length: > 0 } set ? set : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find LangGap.slnx above the benchmark binaries.");
    }
}
