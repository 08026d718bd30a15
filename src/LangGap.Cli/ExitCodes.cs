namespace LangGap.Cli;

/// <summary>The process exit codes of <c>langgap</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure (a bug, or the environment); the message says which.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: a usage error or data LangGap cannot use.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted (Ctrl+C); work done so far is kept.</summary>
    public const int Cancelled = 130;
}
