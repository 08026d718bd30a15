namespace LangGap.Cli;

/// <summary>Every <c>langgap</c> subcommand, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return Commands.Eval.EvalCommand.Create(console);
        yield return Commands.Eval.ReportCommand.Create(console);
        yield return Commands.Eval.ExportCommand.Create(console);
        yield return Commands.Safety.SafetyMixCommand.Create(console);
        // score, compare, significance, lid, languages: also compiled into the native executable.
        foreach (var command in StandaloneCatalog.Create(console))
        {
            yield return command;
        }
        yield return Commands.Survey.SurveyCommand.Create(console);
        yield return Commands.Generation.GenerateCommand.Create(console);
        yield return Commands.Generation.LogprobCommand.Create(console);
        yield return Commands.Training.TrainCommand.Create(console);
        yield return Commands.Training.TrainEmbeddedCommand.Create(console);
        yield return Commands.Pruning.PruneCommand.Create(console);
        yield return Commands.Pruning.PruneEvalCommand.Create(console);
        yield return Commands.Synthesis.SteerCommand.Create(console);
        yield return Commands.Synthesis.PrefsCommand.Create(console);
        yield return Commands.Synthesis.ProfileCommand.Create(console);
        yield return Commands.Generation.ConvertCommand.Create(console);
        yield return Commands.Reasoning.ReasonCommand.Create(console);
    }
}
