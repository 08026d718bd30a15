namespace LangGap.Cli;

/// <summary>
/// The commands that need no model, no run store and no reflection: translation metrics, paired significance, language
/// identification and the language registry. <c>langgap</c> has them all (<see cref="CommandCatalog"/>); this catalog is
/// also compiled ahead of time into a native executable (<c>src/LangGap.Cli.Native</c>) that the <c>./langgap</c> script
/// runs for these commands, because a command that runs for a fraction of a second spends most of it starting the
/// runtime and compiling code when it runs on the JIT.
/// </summary>
internal static class StandaloneCatalog
{
    /// <summary>The first words of the command lines the native executable runs.</summary>
    public static IReadOnlyList<string> Names { get; } = ["score", "compare", "significance", "lid", "languages"];

    /// <summary>The standalone commands, in <see cref="Names"/> order.</summary>
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return Commands.Metrics.ScoreCommand.Create(console);
        yield return Commands.Metrics.CompareCommand.Create(console);
        yield return Commands.Metrics.SignificanceCommand.Create(console);
        yield return Commands.Lid.LidCommand.Create(console);
        yield return Commands.Lid.LanguagesCommand.Create(console);
    }
}
