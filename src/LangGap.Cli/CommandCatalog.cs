namespace LangGap.Cli;

/// <summary>Every <c>langgap</c> subcommand, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return Commands.EvalCommand.Create(console);
        yield return Commands.ReportCommand.Create(console);
        yield return Commands.ExportCommand.Create(console);
        yield return Commands.SafetyMixCommand.Create(console);
        yield return Commands.ScoreCommand.Create(console);
        yield return Commands.CompareCommand.Create(console);
        yield return Commands.SignificanceCommand.Create(console);
        yield return Commands.LidCommand.Create(console);
        yield return Commands.LanguagesCommand.Create(console);
        yield return Commands.SurveyCommand.Create(console);
        yield return Commands.GenerateCommand.Create(console);
        yield return Commands.LogprobCommand.Create(console);
        yield return Commands.TrainCommand.Create(console);
        yield return Commands.TrainEmbeddedCommand.Create(console);
        yield return Commands.PruneCommand.Create(console);
        yield return Commands.PruneEvalCommand.Create(console);
        yield return Commands.ReasonCommand.Create(console);
    }
}
