namespace LangGap.Metrics;

/// <summary>The lines of one file (a system's output or a reference), with the name to show for it.</summary>
/// <param name="Name">The file's path as the user gave it, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Lines">One segment per line.</param>
public sealed record NamedLines(string Name, IReadOnlyList<string> Lines);
