namespace LangGap.Bench;

/// <summary>One row of the peer table: LangGap's command and the peer's command for the same job, and the speed-up goal.</summary>
internal sealed record PeerJob(string Name, string Title, double Goal, PeerCommand? Ours, PeerCommand? Theirs, OutputCheck Check, string? Missing)
{
    /// <summary>A job that cannot run here, with the reason.</summary>
    public static PeerJob Skip(string name, string reason) => new(name, name, 0, null, null, OutputCheck.None, reason);
}

/// <summary>A whole-process command: program, arguments and extra environment variables.</summary>
internal sealed record PeerCommand(string Label, string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string>? Environment)
{
    /// <summary>The command as a user would type it in a POSIX shell.</summary>
    public string ShellText =>
        string.Concat((Environment ?? new Dictionary<string, string>()).Select(e => $"{e.Key}={Quote(e.Value)} ")) +
        string.Join(' ', Arguments.Prepend(Program).Select(Quote));

    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:+,@".Contains(c)) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

/// <summary>How the two sides' outputs are compared on the warm-up run.</summary>
internal enum OutputCheck
{
    /// <summary>Not compared (the parity tests compare these values).</summary>
    None,

    /// <summary>Byte-identical standard output.</summary>
    Identical,

    /// <summary>LangGap's JSON scores, rounded as sacrebleu prints them, equal sacrebleu's multi-system JSON.</summary>
    MetricScores,
}
