using LangGap.Evaluation.Workspace;

namespace LangGap.Cli.Commands.Eval;

/// <summary>Reads the suite context a run folder keeps in its <c>run.db</c> (name and declared languages) for reports.</summary>
internal static class SuiteContext
{
    public static Task<Evaluation.Suites.SuiteContext?> ReadAsync(string folder, CancellationToken cancellationToken) =>
        RunWorkspace.ReadSuiteContextAsync(folder, cancellationToken);
}
