using LangGap.Evaluation.Workspace;
using LangGap.Storage;

namespace LangGap.Cli.Commands.Eval;

/// <summary><c>langgap export RUN --scorer S --model M</c>: one model's per-sample scores as the JSONL <c>langgap significance</c> reads.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("RUN") { Description = "A run folder written by langgap eval (or its run.db)." };
        var scorer = new Option<string>("--scorer") { Description = "The scorer whose scores to write (as the report names it, e.g. chrf).", Required = true };
        var model = new Option<string>("--model") { Description = "The model whose scores to write (its id in the run).", Required = true };
        var task = new Option<string?>("--task") { Description = "Only this task (default: every task with that scorer)." };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout." };
        var command = new Command("export", "Write one model's per-sample scores from a run as JSONL (id, score, cluster) for langgap significance.")
        {
            run, scorer, model, task, output,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var path = pr.GetValue(run)!;
            var db = Directory.Exists(path) ? Path.Combine(path, RunWorkspace.StoreFileName) : path;
            if (!File.Exists(db))
            {
                throw new UsageException($"RUN '{path}' holds no {RunWorkspace.StoreFileName}; give a folder written by langgap eval.");
            }
            await using var store = await RunStore.OpenAsync(db, ct);
            ScoreExportResult result;
            if (pr.GetValue(output) is { } file)
            {
                var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
                try
                {
                    await using (var writer = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false)))
                    {
                        result = await ScoreExport.WriteAsync(store, pr.GetValue(scorer)!, pr.GetValue(model)!, pr.GetValue(task), writer, ct);
                    }
                    File.Move(temporary, file, overwrite: true);
                }
                finally
                {
                    File.Delete(temporary);
                }
            }
            else
            {
                result = await ScoreExport.WriteAsync(store, pr.GetValue(scorer)!, pr.GetValue(model)!, pr.GetValue(task), console.Out, ct);
            }
            console.Error.WriteLine($"exported {result.Written} '{pr.GetValue(scorer)}' scores of model '{pr.GetValue(model)}'" +
                (result.Unscored > 0 ? $" ({result.Unscored} unscored sample{(result.Unscored == 1 ? "" : "s")} left out)" : "") + (pr.GetValue(output) is { } f ? $" to {f}" : ""));
            return ExitCodes.Success;
        });
        return command;
    }
}
