using System.Text;

namespace LangGap.Cli.Tests;

/// <summary>Runs <c>langgap</c> in process with in-memory streams: <c>RunAsync(stdin, args…)</c>.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), output, error);
        var exitCode = await LangGapApp.RunAsync(args, console, CommandCatalog.Create, CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Out, string Error);
