using LangGap.Tests.Evaluation;

namespace LangGap.Tests;

/// <summary>The test assembly's entry point, used only to run the child process of the kill-and-resume test.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "resume-probe")
        {
            return await ReliabilityScenario.RunChildAsync(args[1], new Uri(args[2]));
        }
        await Console.Error.WriteLineAsync("LangGap.Tests is run by the test runner; its only command is 'resume-probe DIRECTORY BASE-URL'.");
        return 2;
    }
}
