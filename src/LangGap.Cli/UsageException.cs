namespace LangGap.Cli;

/// <summary>A command line that cannot be run as given; the message names the option.</summary>
internal sealed class UsageException(string message) : Exception(message);
