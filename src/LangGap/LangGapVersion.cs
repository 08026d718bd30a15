using System.Reflection;

namespace LangGap;

/// <summary>The version of LangGap that appears in every signature and report.</summary>
public static class LangGapVersion
{
    /// <summary>The informational version of this build, without source-control suffixes (for example <c>0.1.0</c>).</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(LangGapVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
