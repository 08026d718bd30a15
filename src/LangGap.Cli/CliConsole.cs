namespace LangGap.Cli;

/// <summary>The streams a command reads and writes; tests pass in-memory ones.</summary>
internal sealed record CliConsole(Stream Input, TextWriter Out, TextWriter Error)
{
    /// <summary>The process's standard streams, written as UTF-8 without a byte-order mark.</summary>
    public static CliConsole System
    {
        get
        {
            var utf8 = new System.Text.UTF8Encoding(false);
            var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true };
            var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
            return new CliConsole(Console.OpenStandardInput(), stdout, stderr);
        }
    }
}
