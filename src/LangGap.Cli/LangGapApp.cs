using System.CommandLine.Help;

namespace LangGap.Cli;

/// <summary>Builds the <c>langgap</c> command tree and maps failures to exit codes in one place.</summary>
internal static class LangGapApp
{
    /// <summary>Parses <paramref name="args"/> against the commands <paramref name="catalog"/> builds and runs the chosen one.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">The streams commands read and write.</param>
    /// <param name="catalog">Builds the subcommands: <see cref="CommandCatalog.Create"/> for <c>langgap</c>, or
    /// <see cref="StandaloneCatalog.Create"/> for the natively compiled executable that runs the model-free commands.</param>
    /// <param name="cancellationToken">Cancels the command; work done so far is kept.</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, Func<CliConsole, IEnumerable<Command>> catalog, CancellationToken cancellationToken)
    {
        // A new option per run: System.CommandLine symbols record their parents, so sharing one between
        // command trees built concurrently (parallel tests) corrupts parsing.
        var verboseOption = new Option<bool>("--verbose")
        {
            Description = "Print stack traces for unexpected errors.",
            Recursive = true,
        };
        var root = new Command("langgap", "LangGap: measure and close the language gap in LLM quality and safety.")
        {
            new HelpOption(),
            new VersionOption(),
            verboseOption,
        };
        // Without an action of its own, a bare `langgap` (or one with only unknown options) would report
        // "Required command was not provided" before naming the unknown option.
        root.SetAction(async (ParseResult _, CancellationToken token) =>
        {
            await console.Error.WriteLineAsync("langgap: choose a command; 'langgap --help' lists them.".AsMemory(), token).ConfigureAwait(false);
            return ExitCodes.BadInput;
        });
        foreach (var command in catalog(console))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (Options.UnknownOptions.Find(parse) is { } unknown)
        {
            await console.Error.WriteLineAsync($"langgap: {Options.UnknownOptions.Message(parse, unknown)}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        if (parse.Errors.Count > 0)
        {
            // An unrecognised token is the most specific problem; "required command" errors follow from it.
            // Otherwise every problem is reported at once, so one run shows everything to fix.
            var unrecognized = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal));
            foreach (var message in unrecognized is not null ? [unrecognized.Message] : parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            {
                await console.Error.WriteLineAsync($"langgap: {message}").ConfigureAwait(false);
            }
            return ExitCodes.BadInput;
        }

        var verbose = parse.GetValue(verboseOption);
        try
        {
            var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is UsageException or InvalidInputException)
        {
            await console.Error.WriteLineAsync($"langgap: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("langgap: cancelled; work done so far is kept.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            await console.Error.WriteLineAsync($"langgap: {ex.Message}").ConfigureAwait(false);
            if (verbose)
            {
                await console.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }
            return ExitCodes.Failure;
        }
    }
}
