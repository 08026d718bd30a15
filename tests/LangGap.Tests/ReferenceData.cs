namespace LangGap.Tests;

/// <summary>Locates the shared reference outputs (<c>../shared/reference</c> next to the repository).</summary>
public static class ReferenceData
{
    /// <summary>The repository root (the folder holding LangGap.slnx), found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared reference folder, or null when it is absent (then parity tests skip).</summary>
    public static string? Root { get; } = FindReferenceRoot();

    /// <summary>The reason parity tests give when they skip.</summary>
    public const string MissingReason = "../shared/reference is absent (set LANGGAP_REFERENCE to its path to run parity tests).";

    /// <summary>The absolute path of <paramref name="relative"/> under the shared reference folder.</summary>
    public static string PathOf(string relative) =>
        System.IO.Path.Combine(Root ?? throw new InvalidOperationException(MissingReason), relative);

    /// <summary>True when <paramref name="relative"/> exists under the shared reference folder.</summary>
    public static bool Has(string relative) =>
        Root is not null && (File.Exists(PathOf(relative)) || Directory.Exists(PathOf(relative)));

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find LangGap.slnx above the test binaries.");
    }

    private static string? FindReferenceRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("LANGGAP_REFERENCE");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "reference"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>A fact that needs files from the shared reference folder; it skips with a reason when they are absent.</summary>
public sealed class ReferenceFactAttribute : FactAttribute
{
    /// <summary>Requires each of <paramref name="paths"/> (relative to the shared reference folder).</summary>
    public ReferenceFactAttribute(params string[] paths)
    {
        var missing = paths.FirstOrDefault(p => !ReferenceData.Has(p));
        if (ReferenceData.Root is null)
        {
            Skip = ReferenceData.MissingReason;
        }
        else if (missing is not null)
        {
            Skip = $"../shared/reference/{missing} is absent.";
        }
    }
}

/// <summary>A theory that needs files from the shared reference folder; it skips with a reason when they are absent.</summary>
public sealed class ReferenceTheoryAttribute : TheoryAttribute
{
    /// <summary>Requires each of <paramref name="paths"/> (relative to the shared reference folder).</summary>
    public ReferenceTheoryAttribute(params string[] paths)
    {
        var missing = paths.FirstOrDefault(p => !ReferenceData.Has(p));
        if (ReferenceData.Root is null)
        {
            Skip = ReferenceData.MissingReason;
        }
        else if (missing is not null)
        {
            Skip = $"../shared/reference/{missing} is absent.";
        }
    }
}
